import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * type-graphql wraps every field it resolves in a function that, per value read, builds a resolver
 * data object, looks the resolver class's instance up in its container, runs the (empty) middleware
 * chain and sorts the method's parameters anew before calling it. A page of 50 projects reads
 * hundreds of such fields, and the wrappers showed in the API's CPU and allocation profiles (the
 * parameter sort alone allocated a tenth of a list page's memory). So two kinds of fields are
 * resolved directly instead, with the same result:
 */

/**
 * 1. Plain fields, marked `simple` before the schema is built, so graphql-js reads them with its
 *    default resolver: no resolver method, no arguments, no access rule or middleware, and the same
 *    name in the schema as on the object. Rules and middlewares are matched by field name across all
 *    types, so a rule on any field of that name keeps the wrapper.
 */
export function resolvePlainFieldsDirectly(): void {
  const storage = getMetadataStorage();
  const guarded = new Set<string>([
    ...storage.authorizedFields.map((f) => f.fieldName),
    ...storage.middlewares.map((m) => m.fieldName),
  ]);
  for (const field of storage.fields) {
    if (field.simple !== undefined || field.params?.length || field.schemaName !== field.name) continue;
    if (guarded.has(field.name)) continue;
    field.simple = true;
  }
}

type Param = { index: number; kind: string; propertyName?: string; getType?: () => unknown };

/** Declared types whose values type-graphql hands to a method as they are. */
const PASSED_AS_IS = new Set<unknown>([String, Boolean, Number, Date, Array, Promise]);

/**
 * 2. Field resolver methods (`@FieldResolver` in a resolver class) that take only the parent
 *    (`@Root`), the context (`@Ctx`) and `@Info`, with no access rule and no middleware: the method is
 *    called on the resolver's one instance with its parameters in order, after the schema is built.
 *    A parent (or the parent's property a `@Root('name')` reads) that is not an instance of the class
 *    it declares, which type-graphql would copy into one, goes through type-graphql's own resolver,
 *    as does every field with arguments (they are validated), a rule or a middleware.
 *
 * The resolver classes are stateless and built without arguments, as type-graphql's default container
 * builds them (the schema is built without a container of its own).
 */
export function resolveFieldMethodsDirectly(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const instances = new Map<Function, object>();
  const instanceOf = (target: Function) => {
    let instance = instances.get(target);
    if (!instance) {
      instance = new (target as new () => object)();
      instances.set(target, instance);
    }
    return instance;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const objectClass = storage.objectTypes.find((o) => o.name === type.name)?.target;
    if (!objectClass) continue;
    // The fields of the class and of the classes it extends (type-graphql copies those in).
    const declared = storage.objectTypes
      .filter((o) => o.target === objectClass || objectClass.prototype instanceof o.target)
      .flatMap((o) => o.fields ?? []);
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve) continue;
      // The method type-graphql resolves this field with: the one named as the object's property.
      const property = declared.find((f) => f.schemaName === field.name);
      const method =
        property &&
        storage.fieldResolvers.find(
          (m) => m.kind === 'external' && m.methodName === property.name && m.getObjectType?.() === property.target,
        );
      // Its own access rule and middlewares, and those of its resolver class.
      if (!method || method.roles !== undefined || method.middlewares?.length) continue;
      const params = [...((method.params ?? []) as Param[])].sort((a, b) => a.index - b.index);
      if (!params.every((p) => p.kind === 'root' || p.kind === 'context' || p.kind === 'info')) continue;
      const fallback = field.resolve;
      const instance = instanceOf(method.target) as Record<string, (...args: unknown[]) => unknown>;
      const call = instance[method.methodName];
      if (typeof call !== 'function') continue;
      // Each `@Root` whose declared type is a class: what it reads must already be one.
      const typedRoots = params.flatMap((p) => {
        const declaredType = p.kind === 'root' ? p.getType?.() : undefined;
        if (typeof declaredType !== 'function' || PASSED_AS_IS.has(declaredType)) return [];
        const property = p.propertyName;
        const read = property
          ? (root: unknown) => (root as Record<string, unknown>)?.[property]
          : (root: unknown) => root;
        return [{ read, type: declaredType }];
      });
      const pick = params.map((p): ((root: unknown, ctx: unknown, info: unknown) => unknown) => {
        if (p.kind === 'info') return (_root, _ctx, info) => info;
        const property = p.propertyName;
        if (p.kind === 'context')
          return property ? (_root, ctx) => (ctx as Record<string, unknown>)[property] : (_root, ctx) => ctx;
        return property ? (root) => (root as Record<string, unknown>)[property] : (root) => root;
      });
      const direct: GraphQLFieldResolver<unknown, unknown> = (root, args, ctx, info) => {
        for (const { read, type } of typedRoots) {
          const value = read(root);
          if (value != null && !(value instanceof type)) return fallback(root, args, ctx, info);
        }
        switch (pick.length) {
          case 0:
            return call.call(instance);
          case 1:
            return call.call(instance, pick[0](root, ctx, info));
          case 2:
            return call.call(instance, pick[0](root, ctx, info), pick[1](root, ctx, info));
          default:
            return call.apply(
              instance,
              pick.map((p) => p(root, ctx, info)),
            );
        }
      };
      field.resolve = direct;
    }
  }
  return schema;
}
