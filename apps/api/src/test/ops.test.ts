import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness';

const COUNT_SOURCES = '{ fundSources(first: 0) { totalCount } }';
const CREATE_SOURCE = (code: string) =>
  `mutation { createFundSource(input: { code: "${code}", name: "运维测试资金", year: 2024, category: BRIDGING, level: DISTRICT }) { id } }`;

/** A raw HTTP exchange: status, headers and the parsed JSON body (or the text when it is not JSON). */
async function http(url: string, init: RequestInit = {}) {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, headers: res.headers, text, body };
}

/** What the process shows operators and HTTP clients, outside any one feature. */
describe('operations', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ seed: false });
  });
  afterAll(() => api?.close());

  const sourceCount = async () => (await api.gql(COUNT_SOURCES)).data?.fundSources.totalCount as number;

  it('GET /healthz answers 200 {status: "ok"}', async () => {
    const res = await http(`${api.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('GET /readyz answers 200 and names the database it reached', async () => {
    const res = await http(`${api.url}/readyz`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ready', database: api.engine });
  });

  it('a malformed JSON body is a 400 with a JSON error and no stack trace', async () => {
    const res = await http(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ towns { code } }"',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(res.body.errors[0].message).toMatch(/\p{Script=Han}/u);
    expect(res.text).not.toMatch(/stack|at \w+ \(|node_modules|SyntaxError/i);
  });

  it('a mutation sent with GET is refused and does not run', async () => {
    const before = await sourceCount();
    // The preflight header gets past CSRF prevention, so this is the GET rule itself at work.
    const res = await http(`${api.url}/graphql?query=${encodeURIComponent(CREATE_SOURCE('OPS-GET-1'))}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(405);
    expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(res.text).not.toMatch(/stacktrace/i);
    expect(await sourceCount()).toBe(before);
  });

  it('a query sent with GET (and the preflight header) is served', async () => {
    const res = await http(`${api.url}/graphql?query=${encodeURIComponent(COUNT_SOURCES)}`, {
      headers: { 'apollo-require-preflight': 'true', cookie: api.gql.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.body.data.fundSources.totalCount).toEqual(expect.any(Number));
  });

  it('a browser opening /graphql is pointed to the bundled explorer and the guide, never a CDN', async () => {
    const page = await http(`${api.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.text).toContain('href="/explorer"');
    expect(page.text).toContain('href="/guide"');
    expect(page.text).not.toMatch(/https?:\/\//);
    // A client asking for JSON still gets GraphQL's answer.
    const json = await http(`${api.url}/graphql`, { headers: { accept: 'application/json' } });
    expect(json.headers.get('content-type')).toMatch(/json/);
  });

  it('a batched array of operations is refused', async () => {
    const before = await sourceCount();
    const res = await http(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: CREATE_SOURCE('OPS-BATCH-1') }, { query: CREATE_SOURCE('OPS-BATCH-2') }]),
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(res.body.data).toBeUndefined();
    expect(await sourceCount()).toBe(before);
  });

  it.each([
    ['text/plain', (q: string) => JSON.stringify({ query: q })],
    ['application/x-www-form-urlencoded', (q: string) => `query=${encodeURIComponent(q)}`],
  ])('a "simple" cross-site POST (%s) is refused by CSRF prevention and does not run', async (contentType, encode) => {
    const before = await sourceCount();
    const res = await http(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: encode(CREATE_SOURCE('OPS-CSRF-1')),
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/CSRF/);
    expect(await sourceCount()).toBe(before);
  });

  it('a GET without the preflight header is refused by CSRF prevention', async () => {
    const res = await http(`${api.url}/graphql?query=${encodeURIComponent(COUNT_SOURCES)}`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/CSRF/);
  });

  describe('x-request-id', () => {
    it('is echoed back when the caller sends a valid one', async () => {
      for (const path of ['/healthz', '/graphql']) {
        const res = await fetch(`${api.url}${path}`, {
          method: path === '/graphql' ? 'POST' : 'GET',
          headers: { 'content-type': 'application/json', 'x-request-id': 'gateway-42.a_b' },
          body: path === '/graphql' ? JSON.stringify({ query: COUNT_SOURCES }) : undefined,
        });
        expect(res.headers.get('x-request-id'), path).toBe('gateway-42.a_b');
      }
    });

    it('is generated when absent, and replaced when invalid', async () => {
      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
      const none = await fetch(`${api.url}/healthz`);
      const first = none.headers.get('x-request-id');
      expect(first).toMatch(uuid);
      expect((await fetch(`${api.url}/healthz`)).headers.get('x-request-id')).not.toBe(first);
      for (const bad of ['has spaces', '<script>', 'x'.repeat(65), 'semi;colon']) {
        const res = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': bad } });
        expect(res.headers.get('x-request-id'), bad).toMatch(uuid);
      }
    });
  });
});

/**
 * With one pooled connection held elsewhere, a request must fail fast with a retryable error
 * instead of queueing until the client gives up.
 */
describe('an exhausted connection pool', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ seed: false, env: { DB_POOL_MAX: '1', DB_ACQUIRE_TIMEOUT_MS: '300' } });
  });
  afterAll(() => api?.close());

  function expectServiceUnavailable(result: Awaited<ReturnType<TestApi['gql']>>) {
    expect(result.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(result.errors?.[0].extensions?.retryable).toBe(true);
    expect(result.errors?.[0].message).toMatch(/\p{Script=Han}/u);
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|timeout exceeded/i);
    expect(result.status).not.toBe(500);
  }

  it('a request waiting for the only connection comes back SERVICE_UNAVAILABLE, then succeeds once it is free', async () => {
    // Holding the connection needs no SQL, so this works on both engines.
    const runner = api.db.dataSource.createQueryRunner();
    await runner.connect();
    try {
      expectServiceUnavailable(await api.gql(COUNT_SOURCES));
    } finally {
      await runner.release();
    }
    const after = await api.gql(COUNT_SOURCES);
    expect(after.errors).toBeUndefined();
    expect(after.data?.fundSources.totalCount).toBe(0);
  });

  // The embedded engine runs inside this process and pg_sleep would stall the whole event loop,
  // HTTP server included: the request could not even be received, so only a server can show this.
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'while a long query holds the only connection, a request fails fast and retrying later works',
    async () => {
      const sleeping = api.db.dataSource.query('SELECT pg_sleep(3)');
      await new Promise((resolve) => setTimeout(resolve, 100)); // let the sleep take the connection
      const busy = await api.gql(COUNT_SOURCES);
      expectServiceUnavailable(busy);
      await sleeping;
      const after = await api.gql(COUNT_SOURCES);
      expect(after.errors).toBeUndefined();
      expect(after.data?.fundSources.totalCount).toBe(0);
    },
  );
});
