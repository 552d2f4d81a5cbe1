import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from './limits';
import { type Exchange, type HardenedServer, startHardenedServer } from './test-server';

/** What no refusal may show: stack frames, file paths, class names, parser internals, server config. */
const INTERNALS =
  /stacktrace|node_modules|\.ts:\d|at \w+ \(|TypeError|GraphQLError|Apollo|Syntax Error|tokens\. Parsing/i;

function expectTooComplex(res: Exchange, limit: string, value: number, max: number) {
  expect(res.status).toBe(400);
  expect(res.body.data).toBeUndefined();
  const refusal = res.body.errors.find((e: any) => e.extensions.code === 'QUERY_TOO_COMPLEX');
  expect(refusal.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit, value, max });
  expect(refusal.message).toMatch(/\p{Script=Han}/u);
  expect(refusal.message).toContain(String(max));
  expect(res.text).not.toMatch(INTERNALS);
}

const signIns = (n: number) =>
  `mutation { ${Array.from({ length: n }, (_, i) => `a${i}: signIn(input: { username: "admin", password: "guess-${i}" }) { role }`).join(' ')} }`;

describe('bad input over HTTP (production mode)', () => {
  let server: HardenedServer;
  beforeAll(async () => {
    server = await startHardenedServer({ env: 'production' });
  });
  afterAll(() => server?.close());

  it('1,000 aliases of the sign-in mutation: one clear refusal, no data, nothing run', async () => {
    const query = signIns(1000);
    const res = await server.post({ query });
    expectTooComplex(res, 'sourceLength', query.length, limits.maxSourceLength);
    // One error: had any signIn run, the empty test context would have added one per alias.
    expect(res.body.errors).toHaveLength(1);
  });

  it(`${limits.maxAliases + 1} aliases of the sign-in mutation, small enough to parse, are refused by the alias rule`, async () => {
    const res = await server.post({ query: signIns(31) });
    expectTooComplex(res, 'aliases', 31, 30);
    expect(res.body.errors).toHaveLength(1);
  });

  it(`${limits.maxAliases} aliases in a mutation run`, async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: __typename`).join(' ');
    const res = await server.post({ query: `mutation { ${aliases} }` });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.data)).toHaveLength(30);
  });

  it('an oversized query is refused before it is read', async () => {
    const query = `{ __typename }${' '.repeat(limits.maxSourceLength)}`;
    expectTooComplex(await server.post({ query }), 'sourceLength', query.length, limits.maxSourceLength);
  });

  it(`a query of ${limits.maxTokens + 1} tokens is refused; one of ${limits.maxTokens} is not refused for its size`, async () => {
    const tokens = (n: number) => `{ ${'a '.repeat(n - 2)}}`; // short names, to stay under the length limit
    expectTooComplex(await server.post({ query: tokens(5_001) }), 'tokens', 5_001, 5_000);
    const atLimit = await server.post({ query: tokens(5_000) });
    // Parsed, then refused by validation for what it asks (there is no field "a"), not for its size.
    expect(atLimit.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(atLimit.text).not.toMatch(/QUERY_TOO_COMPLEX/);
  });

  it('a query nested one level too deep is refused; at the limit it is validated and runs', async () => {
    const nested = (n: number) => `{ ${nest(n)} }`;
    const nest = (n: number) =>
      `disbursements(first: 1) { edges { node { ${'reverses { '.repeat(n - 4)}id${' }'.repeat(n - 4)} } } }`;
    expectTooComplex(await server.post({ query: nested(11) }), 'depth', 11, 10);
    const atLimit = await server.post({ query: nested(10) });
    // It gets past every limit; only then does the empty test context fail it.
    expect(atLimit.body.errors?.[0]?.extensions?.code).not.toBe('QUERY_TOO_COMPLEX');
    expect(atLimit.body.errors?.[0]?.extensions?.code).not.toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a deeply nested fragment cycle is refused with codes, no data', async () => {
    const fragments = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on Disbursement { reverses { id ...F${(i + 1) % 30} } }`,
    );
    const res = await server.post({
      query: `{ disbursements(first: 1) { edges { node { ...F0 } } } } ${fragments.join(' ')}`,
    });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors.map((e: any) => e.extensions.code).sort()).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
      'QUERY_TOO_COMPLEX',
    ]);
    expect(res.text).not.toMatch(INTERNALS);
  });

  it('an operation costing too much is refused', async () => {
    const res = await server.post({
      query: '{ projects(first: 100) { edges { node { allocations { disbursements { id } } } } } }',
    });
    expectTooComplex(res, 'cost', 42_301, limits.maxCost);
  });

  it(`${limits.maxDirectives + 1} directives are refused`, async () => {
    const fields = Array.from({ length: 21 }, (_, i) => `d${i}: __typename @include(if: true)`).join(' ');
    expectTooComplex(await server.post({ query: `{ ${fields} }` }), 'directives', 21, 20);
  });

  it('introspection is refused, without saying how the server is configured', async () => {
    expect((await server.post({ query: getIntrospectionQuery() })).status).toBe(400);
    const res = await server.post({ query: '{ __schema { queryType { name } } }' });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors[0].extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason: 'INTROSPECTION_DISABLED',
    });
    expect(res.body.errors[0].message).toMatch(/\p{Script=Han}/u);
    expect(res.text).not.toMatch(/introspection: true|Apollo/);
  });

  it('no "Did you mean" for a misspelt field, argument or enum value', async () => {
    const misspelt: [string, RegExp][] = [
      ['{ projcts { totalCount } }', /"projects"/],
      ['{ projects(frist: 1) { totalCount } }', /"first"/],
      ['{ fundSources(filter: { category: BRIDGIN }) { totalCount } }', /BRIDGING/],
      ['{ fundSources(filter: { categry: BRIDGING }) { totalCount } }', /"category"/],
    ];
    for (const [query, suggestion] of misspelt) {
      const res = await server.post({ query });
      expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.text, query).not.toMatch(/Did you mean/);
      expect(res.text, query).not.toMatch(suggestion);
    }
    const variable = await server.post({
      query: 'query ($c: FundCategory) { fundSources(filter: { category: $c }) { totalCount } }',
      variables: { c: 'BRIDGIN' },
    });
    expect(variable.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(variable.text).not.toMatch(/Did you mean|BRIDGING/);
  });

  it('an error while running says nothing of where or why inside', async () => {
    // The test context has no services: the resolver throws a TypeError.
    const res = await server.post({ query: '{ systemInfo { demoData } }' });
    expect(res.body.errors[0].message).toMatch(/\p{Script=Han}/u);
    expect(res.text).not.toMatch(INTERNALS);
  });

  it('a batch (an array of operations) is refused', async () => {
    const res = await server.post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
  });

  it('a "simple" cross-site POST is refused by CSRF prevention', async () => {
    const res = await server.post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
  });
});

describe('development mode', () => {
  let server: HardenedServer;
  beforeAll(async () => {
    server = await startHardenedServer({ env: 'development' });
  });
  afterAll(() => server?.close());

  it('allows introspection (within the limits) and keeps the suggestions', async () => {
    const res = await server.post({ query: '{ __schema { queryType { name } } }' });
    expect(res.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    expect((await server.post({ query: '{ projcts { totalCount } }' })).body.errors[0].message).toMatch(
      /Did you mean "projects"/,
    );
  });

  it('serves the standard introspection query (for Sandbox and tools)', async () => {
    const res = await server.post({ query: getIntrospectionQuery() });
    expect(res.status).toBe(200);
    expect(res.body.data.__schema.queryType).toMatchObject({ name: 'Query' });
  });

  it('applies the same limits as production to everything else', async () => {
    expectTooComplex(await server.post({ query: signIns(31) }), 'aliases', 31, 30);
  });
});
