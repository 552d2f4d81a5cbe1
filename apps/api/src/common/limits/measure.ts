import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
} from 'graphql';
import type { Limits } from './limits';

/** What one operation asks for, with every fragment spread counted where it is spread. */
export interface Measures {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

export type CostOptions = Pick<Limits, 'defaultListSize' | 'maxListSize'>;

const NOTHING: Measures = Object.freeze({ depth: 0, aliases: 0, directives: 0, cost: 0 });

/**
 * Measures one operation of a document against the schema.
 *
 * The cost is static, and our own rather than graphql-query-complexity's: every field costs 1, and
 * what is selected under a list is multiplied by how many items the list can hold: its `first`
 * (a literal, the schema's default when absent, `maxListSize` when it is a variable), or
 * `defaultListSize` for a list without `first`. A connection's `edges` are not multiplied again: its
 * `first` already was. This reads the schema as it is (Relay connections, `first` ≤ 100 everywhere)
 * and needs no `complexity` annotation on each field, which a new resolver could forget; a
 * variable-free estimate also keeps the verdict cacheable per document, as Apollo caches it.
 *
 * Fragments are measured once each and reused, so a "fragment bomb" (each fragment spreading the
 * next ten times) costs linear time to measure while its counts grow as its expansion would; a
 * fragment cycle is cut (graphql-js's NoFragmentCyclesRule refuses it), unknown fields and types
 * count 1 and are left to the specified rules.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  options: CostOptions,
): Measures {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, Measures>();
  const measuring = new Set<string>();

  function fragment(name: string): Measures {
    const done = measured.get(name);
    if (done) return done;
    const definition = fragments.get(name);
    if (!definition || measuring.has(name)) return NOTHING;
    measuring.add(name);
    const type = schema.getType(definition.typeCondition.name.value);
    const inner = selectionSet(definition.selectionSet, isCompositeType(type) ? type : undefined);
    measuring.delete(name);
    const result = { ...inner, directives: inner.directives + (definition.directives?.length ?? 0) };
    measured.set(name, result);
    return result;
  }

  function selectionSet(set: SelectionSetNode, parentType: GraphQLCompositeType | undefined): Measures {
    let depth = 0;
    let aliases = 0;
    let directives = 0;
    let cost = 0;
    for (const selection of set.selections) {
      let m: Measures;
      if (selection.kind === Kind.FIELD) {
        m = field(selection, parentType);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        m = selectionSet(selection.selectionSet, isCompositeType(type) ? type : undefined);
      } else {
        m = fragment(selection.name.value);
      }
      depth = Math.max(depth, m.depth);
      aliases += m.aliases;
      directives += m.directives + (selection.directives?.length ?? 0);
      cost += m.cost;
    }
    return { depth, aliases, directives, cost };
  }

  function field(node: FieldNode, parentType: GraphQLCompositeType | undefined): Measures {
    const definition = parentType ? fieldDefinition(schema, parentType, node.name.value) : undefined;
    const type = definition ? getNamedType(definition.type) : undefined;
    const inner = node.selectionSet
      ? selectionSet(node.selectionSet, isCompositeType(type) ? type : undefined)
      : NOTHING;
    return {
      depth: 1 + inner.depth,
      aliases: (node.alias ? 1 : 0) + inner.aliases,
      directives: inner.directives,
      cost: 1 + listSize(node, definition, parentType, options) * inner.cost,
    };
  }

  const rootType = schema.getRootType(operation.operation) ?? undefined;
  const root = selectionSet(operation.selectionSet, rootType);
  const own =
    (operation.directives?.length ?? 0) +
    (operation.variableDefinitions ?? []).reduce((n, v) => n + (v.directives?.length ?? 0), 0);
  return { ...root, directives: root.directives + own };
}

function fieldDefinition(
  schema: GraphQLSchema,
  parentType: GraphQLCompositeType,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parentType === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
}

/** A Relay connection: its list fields hold the page its parent's `first` asked for. */
function isConnection(type: GraphQLCompositeType | undefined): boolean {
  if (!type || !(isObjectType(type) || isInterfaceType(type))) return false;
  const fields = type.getFields();
  return 'edges' in fields && 'pageInfo' in fields;
}

function listSize(
  node: FieldNode,
  definition: GraphQLField<unknown, unknown> | undefined,
  parentType: GraphQLCompositeType | undefined,
  { defaultListSize, maxListSize }: CostOptions,
): number {
  if (!definition) return 1;
  const firstArg = definition.args.find((a) => a.name === 'first');
  if (firstArg) {
    const given = node.arguments?.find((a) => a.name.value === 'first')?.value;
    let size: number;
    if (!given || given.kind === Kind.NULL) {
      size = typeof firstArg.defaultValue === 'number' ? firstArg.defaultValue : defaultListSize;
    } else if (given.kind === Kind.INT) {
      size = Number(given.value);
    } else {
      // A variable (or a value of the wrong kind, which validation refuses): assume the largest page.
      size = maxListSize;
    }
    return Math.min(Math.max(size, 0), maxListSize);
  }
  if (isListType(getNullableType(definition.type)) && !isConnection(parentType)) return defaultListSize;
  return 1;
}
