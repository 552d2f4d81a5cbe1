import fs from 'node:fs';
import path from 'node:path';
import {
  buildClientSchema,
  buildSchema,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { Permission } from '../modules/identity/identity.enums';
import { UNKNOWN_ID } from './access';
import type { Gql, GqlResult } from './harness';

/**
 * Builds, from the live schema, one request per root field with type-correct dummy arguments, and
 * works out from the declared rules (`@Authorized(...)`) what each kind of viewer must get back.
 */

/** The committed SDL, which `pnpm codegen` writes from the same resolvers. */
const SDL = path.resolve(__dirname, '../../../../packages/schema/schema.graphql');

/**
 * The schema as the running API serves it (introspection, as an administrator). Should a deployment
 * ever refuse introspection, the committed SDL stands in.
 */
export async function introspect(gql: Gql): Promise<GraphQLSchema> {
  const result = await gql(getIntrospectionQuery());
  if (!result.errors && result.data) return buildClientSchema(result.data as never);
  return buildSchema(fs.readFileSync(SDL, 'utf8'));
}

export interface RootField {
  /** `Query.project`, `Mutation.createProject`. */
  key: string;
  operation: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
}

export function rootFields(schema: GraphQLSchema): RootField[] {
  const out: RootField[] = [];
  for (const [operation, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      out.push({ key: `${type.name}.${field.name}`, operation, name: field.name, field });
    }
  }
  return out;
}

/** The permissions each root field declares with `@Authorized(...)`, read from type-graphql's metadata. */
export function declaredRules(): Map<string, Permission[]> {
  const storage = getMetadataStorage();
  const rules = new Map<string, Permission[]>();
  for (const [type, handlers] of [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
  ] as const) {
    for (const handler of handlers) {
      const onField = storage.authorizedFields.find(
        (a) => a.target === handler.target && a.fieldName === handler.methodName,
      );
      const onClass = storage.authorizedResolver.find((a) => a.target === handler.target);
      const roles = onField?.roles ?? onClass?.roles;
      if (roles) rules.set(`${type}.${handler.schemaName}`, roles as Permission[]);
    }
  }
  return rules;
}

export interface ViewerProfile {
  name: string;
  kind: 'anonymous' | 'user' | 'token';
  permissions: ReadonlySet<string>;
  mustChangePassword: boolean;
  /** The towns the viewer may see; null for the whole district. */
  towns: readonly string[] | null;
}

export type Expected = { allowed: true } | { allowed: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN'; reason: string };

/**
 * What the declared policy says: PUBLIC lets anyone in; SELF is for signed-in staff (a token is not
 * a user: the service refuses it as not signed in); a user who must change the password gets only
 * PUBLIC and SELF; otherwise one of the listed permissions is needed. No rule: refused for all.
 */
export function expectedAccess(rules: Permission[] | undefined, viewer: ViewerProfile): Expected {
  if (!rules) return { allowed: false, code: 'FORBIDDEN', reason: 'NO_RULE' };
  if (rules.includes(Permission.PUBLIC)) return { allowed: true };
  if (viewer.kind === 'anonymous') return { allowed: false, code: 'UNAUTHENTICATED', reason: 'NOT_SIGNED_IN' };
  if (rules.includes(Permission.SELF)) {
    return viewer.kind === 'user'
      ? { allowed: true }
      : { allowed: false, code: 'UNAUTHENTICATED', reason: 'NOT_SIGNED_IN' };
  }
  if (viewer.mustChangePassword) return { allowed: false, code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' };
  if (rules.some((p) => viewer.permissions.has(p))) return { allowed: true };
  return { allowed: false, code: 'FORBIDDEN', reason: 'NO_PERMISSION' };
}

/** Rows that belong to a town, by the argument names that refer to them. */
export type RefKind = 'project' | 'allocation' | 'disbursement' | 'town' | 'village';
export type Refs = Partial<Record<RefKind, string>>;

const REF_BY_NAME: Record<string, RefKind> = {
  projectId: 'project',
  allocationId: 'allocation',
  disbursementId: 'disbursement',
  townCode: 'town',
  villageCode: 'village',
};
/** `id` names a row of the type the field returns. */
const REF_BY_RETURN_TYPE: Record<string, RefKind> = {
  Project: 'project',
  FundAllocation: 'allocation',
  Disbursement: 'disbursement',
};

export interface SweepRequest {
  field: RootField;
  query: string;
  variables: Record<string, unknown>;
  /** Argument names that were given a town's row (empty for the unknown-id variant). */
  refNames: string[];
}

/** `code` names a place of the type the field returns. */
const PLACE_BY_RETURN_TYPE: Record<string, RefKind> = { Town: 'town', Village: 'village' };

function refFor(name: string, returnType: string, refs: Refs): string | undefined {
  const kind =
    name === 'id'
      ? REF_BY_RETURN_TYPE[returnType]
      : name === 'code'
        ? PLACE_BY_RETURN_TYPE[returnType]
        : REF_BY_NAME[name];
  return kind ? refs[kind] : undefined;
}

/**
 * One request for a root field: required arguments filled recursively (IDs an unknown uuid, enums
 * their first value, Money "1.00", Date "2021-05-01"); with `refs`, every argument or input field
 * that refers to a town's row (also optional ones, e.g. a filter's townCode) names that row.
 */
export function buildRequest(field: RootField, refs: Refs = {}): SweepRequest {
  const returnType = getNamedType(field.field.type).name;
  const refNames: string[] = [];

  const valueFor = (type: GraphQLInputType, name: string): unknown => {
    if (isNonNullType(type)) return valueFor(type.ofType, name);
    if (isListType(type)) return [valueFor(type.ofType as GraphQLInputType, name)];
    if (isEnumType(type)) return type.getValues()[0].value ?? type.getValues()[0].name;
    if (isInputObjectType(type)) return objectFor(type, false);
    const ref = refFor(name, returnType, refs);
    if (ref !== undefined) {
      refNames.push(name);
      return ref;
    }
    switch (type.name) {
      case 'ID':
        return UNKNOWN_ID;
      case 'Int':
        return name === 'year' ? 2021 : 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'Money':
        return '1.00';
      case 'Date':
        return '2021-05-01';
      case 'DateTimeISO':
        return '2021-05-01T00:00:00.000Z';
      case 'JSONObject':
        return {};
      default:
        return 'matrix-test';
    }
  };

  /** Does an optional argument or input field lead to a reference we were asked to fill? */
  const reaches = (type: GraphQLInputType, name: string, seen = new Set<string>()): boolean => {
    const named = getNamedType(type);
    if (isInputObjectType(named)) {
      if (seen.has(named.name)) return false;
      seen.add(named.name);
      return Object.values(named.getFields()).some((f) => reaches(f.type, f.name, seen));
    }
    return isLeafType(named) && !isEnumType(named) && refFor(name, returnType, refs) !== undefined;
  };

  const objectFor = (type: GraphQLInputType, _optional: boolean): Record<string, unknown> => {
    const named = getNamedType(type);
    if (!isInputObjectType(named)) throw new Error(`not an input object: ${String(type)}`);
    const out: Record<string, unknown> = {};
    for (const f of Object.values(named.getFields())) {
      const required = isNonNullType(f.type) && f.defaultValue === undefined;
      if (required || reaches(f.type, f.name)) out[f.name] = valueFor(f.type, f.name);
    }
    return out;
  };

  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const args: string[] = [];
  for (const arg of field.field.args) {
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    if (!required && !reaches(arg.type, arg.name)) continue;
    variables[arg.name] = valueFor(arg.type, arg.name);
    declarations.push(`$${arg.name}: ${String(arg.type)}`);
    args.push(`${arg.name}: $${arg.name}`);
  }
  const named = getNamedType(field.field.type);
  const selection = isObjectType(named) ? (named.getFields().totalCount ? '{ totalCount }' : '{ __typename }') : '';
  const query = `${field.operation} Sweep${declarations.length ? `(${declarations.join(', ')})` : ''} { ${field.name}${
    args.length ? `(${args.join(', ')})` : ''
  } ${selection} }`;
  return { field, query, variables, refNames };
}

/** Signs of internals that must never reach a caller. */
const INTERNALS =
  /stacktrace|QueryFailedError|node_modules|\bat\s+\S+\s\(|\bSELECT\s.+\sFROM\b|\bINSERT\s+INTO\b|duplicate key|violates/i;

/** What is wrong with a response's hygiene, whatever the outcome: a 500, a missing code, internals. */
export function hygieneProblems(result: GqlResult): string[] {
  const problems: string[] = [];
  if (result.status >= 500) problems.push(`HTTP ${result.status}`);
  for (const e of result.errors ?? []) {
    if (typeof e.extensions?.code !== 'string') problems.push(`error without a code: ${e.message}`);
    if (e.extensions?.code === 'INTERNAL_SERVER_ERROR') problems.push(`internal error: ${e.message}`);
  }
  const text = JSON.stringify({ errors: result.errors });
  if (INTERNALS.test(text)) problems.push(`internals in errors: ${text.slice(0, 300)}`);
  return problems;
}

/** Refusals by the access rules: no usable credentials, or no permission for the field. */
const ACCESS_REASONS: Record<string, string[]> = {
  UNAUTHENTICATED: ['NOT_SIGNED_IN', 'SESSION_EXPIRED', 'BAD_TOKEN'],
  FORBIDDEN: ['NO_PERMISSION', 'PASSWORD_CHANGE_REQUIRED', 'NO_RULE'],
};

/**
 * Access-rule refusals, as opposed to refusals about the data or the input (a town out of scope, a
 * wrong password at sign-in, which are what an allowed operation answers).
 */
export function accessRefusals(result: GqlResult): { code: string; reason?: string }[] {
  return (result.errors ?? [])
    .filter((e) => ACCESS_REASONS[e.extensions?.code]?.includes(e.extensions?.reason))
    .map((e) => ({ code: e.extensions?.code, reason: e.extensions?.reason }));
}
