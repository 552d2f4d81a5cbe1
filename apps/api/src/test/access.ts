import { expect } from 'vitest';
import { bureauToday } from '../common/clock';
import { DEMO_INITIAL_PASSWORD } from '../database/seed/users';
import type { Gql, GqlResult, TestApi } from './harness';
import { signIn } from './harness';

/**
 * Helpers for the access-control suite (matrix, scope, session, token, audit, pii tests): issuing
 * tokens, signing in as demo users, reading the audit trail as a user sees it.
 */

/** 瀛湖镇: the demo town clerk `yinghu` works here. */
export const YING_HU = {
  code: '610902102',
  name: '瀛湖镇',
  village: { code: '610902102200' },
};

/** A uuid of the right shape that names no row. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-00000000beef';

export const TOKEN_FIELDS =
  'id name kind datasets aggregatesOnly prefix expiresAt revokedAt lastUsedAt createdAt towns { code }';
export const CREATE_TOKEN = `mutation ($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { secret token { ${TOKEN_FIELDS} } }
}`;

/** A calendar date `days` after `date` ("YYYY-MM-DD"). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The bureau's today, and the last day a token may be issued for (one year on). */
export function tokenDates() {
  const today = bureauToday();
  return { today, lastAllowed: `${Number(today.slice(0, 4)) + 1}${today.slice(4)}` };
}

export interface IssuedToken {
  id: string;
  secret: string;
  prefix: string;
  client: Gql;
}

/** Issues an API token as the given admin client and returns a client that uses it. */
export async function issueToken(
  api: TestApi,
  input: { kind: 'PARTNER' | 'BI'; datasets?: string[]; townCodes?: string[]; name?: string; expiresOn?: string },
  admin: Gql = api.gql,
): Promise<IssuedToken> {
  const result = await admin(CREATE_TOKEN, {
    input: {
      name: input.name ?? `测试令牌 ${input.kind} ${(input.datasets ?? []).join('+')}`,
      kind: input.kind,
      datasets: input.datasets ?? [],
      townCodes: input.townCodes ?? [],
      expiresOn: input.expiresOn ?? addDays(bureauToday(), 30),
    },
  });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  const created = result.data?.createApiToken;
  return {
    id: created.token.id,
    secret: created.secret,
    prefix: created.token.prefix,
    client: api.client({ token: created.secret }),
  };
}

/** Signs in as a seeded demo user with the initial password (who must then change it). */
export async function signInDemo(api: TestApi, username: string): Promise<Gql & { cookie: string }> {
  const { cookie, body } = await signIn(api.url, username, DEMO_INITIAL_PASSWORD);
  if (!cookie) throw new Error(`demo sign-in failed: ${JSON.stringify(body.errors)}`);
  return Object.assign(api.client({ cookie }), { cookie });
}

/** Sends a request by hand, for what the harness client hides (headers). */
export async function post(
  api: TestApi,
  body: { query: string; variables?: Record<string, unknown> },
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: GqlResult }> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as GqlResult;
  return { status: res.status, headers: res.headers, body: { ...json, status: res.status, sqlStatements: Number.NaN } };
}

export const AUDIT_FIELDS =
  'id at actorKind actorId actorName action entityType entityId before after details requestId ip';

export interface AuditRow {
  id: string;
  at: string;
  actorKind: string;
  actorId: string | null;
  actorName: string;
  action: string;
  entityType: string | null;
  entityId: string | null;
  before: Record<string, any> | null;
  after: Record<string, any> | null;
  details: Record<string, any> | null;
  requestId: string | null;
  ip: string | null;
}

/** The audit trail as a reader with audit:read sees it through the API, newest first (one page of 100). */
export async function auditLog(reader: Gql, filter: Record<string, unknown> = {}): Promise<AuditRow[]> {
  const result = await reader(
    `query ($filter: AuditFilter) { auditLog(filter: $filter, first: 100) { totalCount edges { node { ${AUDIT_FIELDS} } } } }`,
    { filter },
  );
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data?.auditLog.edges.map((e: { node: AuditRow }) => e.node);
}

/** The newest audit row id, to look only at what a step adds after it. */
export async function lastAuditId(api: TestApi): Promise<number> {
  const [{ id }] = await api.db.dataSource.query('SELECT COALESCE(MAX(id), 0)::int AS id FROM audit_log');
  return id;
}

/** Audit rows written after `afterId`, oldest first, straight from the table. */
export async function auditRowsSince(api: TestApi, afterId: number): Promise<Record<string, any>[]> {
  return api.db.dataSource.query(
    `SELECT id::int, action, actor_kind, actor_id, actor_name, entity_type, entity_id, town_code, before, after, details
       FROM audit_log WHERE id > $1 ORDER BY id`,
    [afterId],
  );
}

/** All error codes and reasons of a response, e.g. ["FORBIDDEN/NO_PERMISSION"]. */
export function errorKinds(result: GqlResult): string[] {
  return (result.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.reason].filter(Boolean).join('/'));
}
