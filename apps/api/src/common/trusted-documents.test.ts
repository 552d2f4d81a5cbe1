import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HeaderMap } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HardenedServer, startHardenedServer } from './limits/test-server';
import {
  EXPLORER_CLIENT,
  EXPLORER_HEADER,
  isExplorerQuery,
  loadTrustedDocuments,
  mustUseTrustedDocuments,
  readOnlyDocumentCache,
  sha256,
  type TrustedDocuments,
  trustedDocuments,
} from './trusted-documents';

const PING = 'query Ping { __typename }';
const PING_AGAIN = 'query PingAgain { __typename }';
const FREE_TEXT = 'query Mine { __typename }';
const UNKNOWN = sha256('query NeverRegistered { __typename }');

const COOKIE = { cookie: 'theme=dark; hb_session=s3cr3t' };
const BEARER = { authorization: 'Bearer partner-token' };
const EXPLORER = { [EXPLORER_HEADER]: EXPLORER_CLIENT };
const FREE_MUTATION = 'mutation Mine { __typename }';
const READ_WRITE = 'query Read { __typename } mutation Write { __typename }';

/** The admin's build writes this file; here a small one in a temp dir stands in for it. */
function writeManifest(documents: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trusted-documents-'));
  const file = path.join(dir, 'persisted-documents.json');
  fs.writeFileSync(file, JSON.stringify(Object.fromEntries(documents.map((d) => [sha256(d), d]))));
  return file;
}

const byHash = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

function expectRefused(res: { status: number; body: any; text: string }, code: string) {
  expect(res.body.errors).toHaveLength(1);
  expect(res.body.errors[0].extensions).toEqual({ code });
  expect(res.body.errors[0].message).toMatch(/\p{Script=Han}/u);
  expect(res.body.data).toBeUndefined();
  expect(res.text).not.toMatch(/stacktrace|node_modules|at \w+ \(/i);
}

describe('the manifest', () => {
  it('loads hash → document, and answers for exactly those texts', () => {
    const documents = loadTrustedDocuments(writeManifest([PING, PING_AGAIN]), { required: true });
    expect(documents.size).toBe(2);
    expect(documents.get(sha256(PING))).toBe(PING);
    expect(documents.get(UNKNOWN)).toBeUndefined();
    expect(documents.isTrusted(sha256(PING), PING)).toBe(true);
    expect(documents.isTrusted(sha256(PING), PING_AGAIN)).toBe(false);
    expect(documents.isTrusted(undefined, PING)).toBe(false);
  });

  it('is refused at start-up when a key is not the sha256 of its document, or a document does not parse', () => {
    expect(() => trustedDocuments({ [sha256(PING)]: PING_AGAIN })).toThrow(/not the sha256 of its document/);
    expect(() => trustedDocuments({ [sha256(PING).toUpperCase()]: PING })).toThrow(/not a lowercase hex sha256/);
    expect(() => trustedDocuments({ abc: PING })).toThrow(/not a lowercase hex sha256/);
    expect(() => trustedDocuments({ [sha256('query {')]: 'query {' })).toThrow(/does not parse/);
    expect(() => trustedDocuments([PING])).toThrow(/JSON object/);
  });

  it('a missing file is an error when required, and an empty registry otherwise', () => {
    const missing = path.join(os.tmpdir(), 'no-such-dir', 'persisted-documents.json');
    expect(() => loadTrustedDocuments(missing, { required: true })).toThrow(/not found/);
    expect(loadTrustedDocuments(missing, { required: false }).size).toBe(0);
  });

  it('the cache Apollo reads can never be written', async () => {
    const documents = trustedDocuments({ [sha256(PING)]: PING });
    const cache = readOnlyDocumentCache(documents);
    expect(await cache.get(`apq:${sha256(PING)}`)).toBe(PING);
    await cache.set(`apq:${UNKNOWN}`, FREE_TEXT);
    expect(await cache.get(`apq:${UNKNOWN}`)).toBeUndefined();
    await cache.delete(`apq:${sha256(PING)}`);
    expect(await cache.get(`apq:${sha256(PING)}`)).toBe(PING);
  });
});

describe('mustUseTrustedDocuments', () => {
  const request = (headers: Record<string, string>) => ({
    http: { method: 'POST', headers: new HeaderMap(Object.entries(headers)), search: '', body: {} },
  });

  it.each([
    ['the admin (session cookie, no bearer) in production', 'production', COOKIE, true],
    ['the admin in development', 'development', COOKIE, false],
    ['the admin in test', 'test', COOKIE, false],
    ['a partner (bearer token) in production', 'production', BEARER, false],
    ['a partner that also carries the cookie', 'production', { ...COOKIE, ...BEARER }, false],
    ['the cookie with an empty value', 'production', { cookie: 'hb_session=' }, true],
    ['the cookie with a non-bearer Authorization', 'production', { ...COOKIE, authorization: 'Basic YTpi' }, true],
    // authenticate() would not read "Bearer a b" as a token and would use the cookie: so must this.
    ['the cookie with a malformed bearer', 'production', { ...COOKIE, authorization: 'Bearer a b' }, true],
    ['the cookie with an empty bearer', 'production', { ...COOKIE, authorization: 'Bearer ' }, true],
    ['nobody (no cookie, no token)', 'production', {}, false],
    ['a cookie of another name', 'production', { cookie: 'hb_session_old=x' }, false],
  ])('%s → %s', (_who, env, headers, expected) => {
    expect(mustUseTrustedDocuments(request(headers), env)).toBe(expected);
  });

  it('an in-process call (no HTTP) is the server’s own', () => {
    expect(mustUseTrustedDocuments({}, 'production')).toBe(false);
  });
});

describe('isExplorerQuery', () => {
  const request = (headers: Record<string, string>) => ({
    http: { method: 'POST', headers: new HeaderMap(Object.entries(headers)), search: '', body: {} },
  });

  it.each([
    ['a query from the explorer', EXPLORER, 'query', true],
    ['the header in other case, with spaces', { [EXPLORER_HEADER]: ' Explorer ' }, 'query', true],
    ['a mutation from the explorer', EXPLORER, 'mutation', false],
    ['a subscription from the explorer', EXPLORER, 'subscription', false],
    ['a query without the header', {}, 'query', false],
    ['a query from another client', { [EXPLORER_HEADER]: 'admin' }, 'query', false],
  ] as const)('%s → %s', (_what, headers, operation, expected) => {
    expect(isExplorerQuery(request(headers), { operation: operation as never })).toBe(expected);
  });

  it('no operation (none matched the name) is not a query', () => {
    expect(isExplorerQuery(request(EXPLORER), undefined)).toBe(false);
  });
});

describe.each(['production', 'development'])('over HTTP, in %s mode', (env) => {
  let server: HardenedServer;
  let documents: TrustedDocuments;
  beforeAll(async () => {
    documents = loadTrustedDocuments(writeManifest([PING, PING_AGAIN]), { required: true });
    server = await startHardenedServer({ env, documents });
  });
  afterAll(() => server?.close());

  it('a known hash, without the text, runs its registered document', async () => {
    for (const headers of [COOKIE, BEARER, {}]) {
      const res = await server.post(byHash(sha256(PING)), headers);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ data: { __typename: 'Query' } });
    }
  });

  it('a known hash with its own text (the admin in development) runs', async () => {
    const res = await server.post({ query: PING_AGAIN, ...byHash(sha256(PING_AGAIN)) }, COOKIE);
    expect(res.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('a known hash by GET runs', async () => {
    const res = await server.get({ extensions: JSON.stringify(byHash(sha256(PING)).extensions) }, COOKIE);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('an unknown hash is PERSISTED_QUERY_NOT_FOUND, whoever sends it', async () => {
    for (const headers of [COOKIE, BEARER, {}])
      expectRefused(await server.post(byHash(UNKNOWN), headers), 'PERSISTED_QUERY_NOT_FOUND');
  });

  it('the registry never learns a hash from a client', async () => {
    const text = 'query Learn { __typename }';
    const registering = await server.post({ query: text, ...byHash(sha256(text)) }, BEARER);
    // A partner may run its own text (its hash checked); nothing is stored for the next request.
    expect(registering.body).toEqual({ data: { __typename: 'Query' } });
    expectRefused(await server.post(byHash(sha256(text)), BEARER), 'PERSISTED_QUERY_NOT_FOUND');
    expect(documents.get(sha256(text))).toBeUndefined();
  });

  it('a hash that is not the hash of the text sent with it is a bad request', async () => {
    const res = await server.post({ query: FREE_TEXT, ...byHash(sha256(PING)) }, BEARER);
    expect(res.status).toBe(400);
    expectRefused(res, 'BAD_REQUEST');
  });

  it('a registered text sent without its hash is still trusted', async () => {
    const res = await server.post({ query: PING }, COOKIE);
    expect(res.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('free text with a bearer token runs', async () => {
    const res = await server.post({ query: FREE_TEXT }, BEARER);
    expect(res.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('free text from the explorer with a bearer token runs, mutation or not (tokens are free anyway)', async () => {
    expect((await server.post({ query: FREE_TEXT }, { ...BEARER, ...EXPLORER })).body).toEqual({
      data: { __typename: 'Query' },
    });
    expect((await server.post({ query: FREE_MUTATION }, { ...BEARER, ...EXPLORER })).body).toEqual({
      data: { __typename: 'Mutation' },
    });
  });

  it('a free-text query from the explorer (signed-in staff) runs', async () => {
    const res = await server.post({ query: FREE_TEXT }, { ...COOKIE, ...EXPLORER });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('a document with a query and a mutation from the explorer runs the query it names', async () => {
    const res = await server.post({ query: READ_WRITE, operationName: 'Read' }, { ...COOKIE, ...EXPLORER });
    expect(res.body).toEqual({ data: { __typename: 'Query' } });
  });

  if (env === 'production') {
    it('a free-text mutation from the explorer (cookie) is refused, and nothing runs', async () => {
      for (const body of [{ query: FREE_MUTATION }, { query: READ_WRITE, operationName: 'Write' }]) {
        const res = await server.post(body, { ...COOKIE, ...EXPLORER });
        expect(res.status).toBe(400);
        expect(res.body.errors).toHaveLength(1);
        expect(res.body.errors[0].extensions).toEqual({
          code: 'TRUSTED_DOCUMENT_REQUIRED',
          reason: 'EXPLORER_QUERIES_ONLY',
        });
        expect(res.body.errors[0].message).toMatch(/只能执行查询/);
        expect(res.body.data).toBeUndefined();
      }
    });

    it('a free-text query from the admin without the explorer header is refused', async () => {
      for (const headers of [COOKIE, { ...COOKIE, [EXPLORER_HEADER]: 'admin' }]) {
        const res = await server.post({ query: FREE_TEXT }, headers);
        expect(res.status).toBe(400);
        expectRefused(res, 'TRUSTED_DOCUMENT_REQUIRED');
      }
    });

    it('the explorer stays within the limits', async () => {
      const nested = `{ disbursements(first: 1) { edges { node { ${'reverses { '.repeat(7)}id${' }'.repeat(7)} } } } }`;
      const res = await server.post({ query: nested }, { ...COOKIE, ...EXPLORER });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', value: 11, max: 10 });
      expect(res.body.data).toBeUndefined();
    });

    it('free text from the admin (cookie) is refused, and nothing runs', async () => {
      for (const body of [{ query: FREE_TEXT }, { query: FREE_TEXT, ...byHash(sha256(FREE_TEXT)) }]) {
        const res = await server.post(body, COOKIE);
        expect(res.status).toBe(400);
        expectRefused(res, 'TRUSTED_DOCUMENT_REQUIRED');
      }
      // Adding a bearer header that authenticate() would not accept changes nothing.
      expectRefused(
        await server.post({ query: FREE_TEXT }, { ...COOKIE, authorization: 'Bearer a b' }),
        'TRUSTED_DOCUMENT_REQUIRED',
      );
    });
  } else {
    it('free text from the admin (cookie) runs in development', async () => {
      const res = await server.post({ query: FREE_TEXT }, COOKIE);
      expect(res.body).toEqual({ data: { __typename: 'Query' } });
    });
  }
});
