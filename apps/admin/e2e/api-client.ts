// Talking to the running API directly (no browser): signing in over GraphQL and issuing API tokens,
// as a district administrator does in 系统管理 → 接口令牌. A session may only send the admin's
// registered operations in production, so the mutations go by their hash, as the built admin does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExampleToken } from '../src/pages/guide/examples';
import { adminDir } from './harness';
import { INITIAL_PASSWORD, newPasswordFor } from './session';

export interface GraphqlAnswer {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; path?: (string | number)[]; extensions?: any }[] };
}

/** POSTs one GraphQL request to `baseUrl`/graphql with the given headers. */
export async function postGraphql(
  baseUrl: string,
  body: { query: string; variables?: unknown; operationName?: string },
  headers: Record<string, string> = {},
): Promise<GraphqlAnswer> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as GraphqlAnswer['body'] };
}

let manifest: Record<string, string> | undefined;

/**
 * Sends the admin's registered operation of that name (src/gql/persisted-documents.json) by its
 * hash alone, as the production build does.
 */
export async function postRegistered(
  baseUrl: string,
  operationName: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<GraphqlAnswer> {
  manifest ??= JSON.parse(readFileSync(join(adminDir, 'src/gql/persisted-documents.json'), 'utf8')) as Record<
    string,
    string
  >;
  const declares = new RegExp(`(query|mutation) ${operationName}\\b`);
  const hash = Object.entries(manifest).find(([, text]) => declares.test(text))?.[0];
  if (!hash) throw new Error(`${operationName} is not one of the admin's registered operations`);
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      operationName,
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as GraphqlAnswer['body'] };
}

function sessionCookie(headers: Headers): string | undefined {
  for (const line of headers.getSetCookie()) {
    const [pair] = line.split(';');
    if (pair.startsWith('hb_session=') && pair.length > 'hb_session='.length) return pair;
  }
  return undefined;
}

/**
 * Signs a seeded user in with the initial password and replaces it (as the first sign-in requires);
 * returns the session cookie ("hb_session=…") to send as the `cookie` header.
 */
export async function signInOverApi(baseUrl: string, username: string): Promise<string> {
  const signIn = await postGraphql(baseUrl, {
    query: 'mutation ($input: SignInInput!) { signIn(input: $input) { mustChangePassword } }',
    variables: { input: { username, password: INITIAL_PASSWORD } },
  });
  let cookie = sessionCookie(signIn.headers);
  if (!cookie) throw new Error(`sign-in as ${username} failed: ${JSON.stringify(signIn.body)}`);
  const password = newPasswordFor(username);
  const change = await postRegistered(
    baseUrl,
    'ChangePassword',
    { input: { currentPassword: INITIAL_PASSWORD, newPassword: password } },
    { cookie },
  );
  if (change.body.errors) throw new Error(`password change for ${username} failed: ${JSON.stringify(change.body)}`);
  cookie = sessionCookie(change.headers) ?? cookie;
  return cookie;
}

/** A token no API ever issued, for the examples of a refused one. */
export const INVALID_TOKEN = 'hb_not-a-token-of-this-api-0000000000000';

/** Issues a token as the administrator whose session this is; returns its secret (shown once). */
export async function issueToken(baseUrl: string, adminCookie: string, token: ExampleToken): Promise<string> {
  if (token.kind === 'INVALID') return INVALID_TOKEN;
  const expiresOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const datasets = token.kind === 'PARTNER' ? token.datasets : [];
  const created = await postRegistered(
    baseUrl,
    'CreateApiToken',
    {
      input: {
        name: `接口说明示例 ${token.kind} ${datasets.join('+')}`,
        kind: token.kind,
        datasets,
        townCodes: token.kind === 'PARTNER' ? (token.townCodes ?? []) : [],
        expiresOn,
      },
    },
    { cookie: adminCookie },
  );
  const secret = created.body.data?.createApiToken?.secret;
  if (typeof secret !== 'string') throw new Error(`token not issued: ${JSON.stringify(created.body)}`);
  return secret;
}
