// The partner guide (/guide) as a contract: every example it prints runs on the built API with a
// real token of the datasets it names and answers what the guide shows, both as the request the page
// describes and as the very curl command it prints; the limits it states are the API's; and the
// explorer's exception to trusted documents holds for a signed-in clerk. No browser needed.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphqlExample, GUIDE_EXAMPLES, type GuideExample } from '../src/pages/guide/examples';
import { API_LIMITS } from '../src/pages/guide/limits';
import { containsExcerpt, curlCommand, requestBody, TOKEN_VARIABLE, tokenKey } from '../src/pages/guide/requests';
import { INVALID_TOKEN, issueToken, postGraphql, postRegistered, signInOverApi } from './api-client';
import { type RunningApi, startApi } from './harness';
import { reportFailures } from './suite';

const run = promisify(execFile);
const graphqlExamples = GUIDE_EXAMPLES.filter((e): e is GraphqlExample => e.kind === 'graphql');
const BOM = '\uFEFF';

/** What an example's answer is, parsed the way the guide shows it (CSV: lines, without the BOM). */
function parseAnswer(example: GuideExample, text: string): unknown {
  if (example.kind === 'feed' && example.format === 'csv') return text.replace(BOM, '').replaceAll('\r\n', '\n');
  return JSON.parse(text);
}

function contains(example: GuideExample, answer: unknown): boolean {
  if (typeof example.excerpt === 'string') return typeof answer === 'string' && answer.startsWith(example.excerpt);
  return containsExcerpt(answer, example.excerpt);
}

/** Every value under `key` anywhere in a JSON answer. */
function valuesOf(value: unknown, key: string): unknown[] {
  if (Array.isArray(value)) return value.flatMap((v) => valuesOf(v, key));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (k === key ? [v, ...valuesOf(v, key)] : valuesOf(v, key)));
}

describe('the partner guide’s examples on the built API (demo data)', () => {
  let api: RunningApi;
  let adminCookie = '';
  const tokens = new Map<string, string>();
  const answers = new Map<string, unknown>();
  const tokenFor = (example: GuideExample) => tokens.get(tokenKey(example.token)) as string;

  beforeAll(async () => {
    api = await startApi();
    adminCookie = await signInOverApi(api.baseUrl, 'admin');
    for (const example of GUIDE_EXAMPLES) {
      const key = tokenKey(example.token);
      if (!tokens.has(key)) tokens.set(key, await issueToken(api.baseUrl, adminCookie, example.token));
    }
  });
  reportFailures(() => ({ api }));
  afterAll(() => api?.stop());

  it('has an example for every dataset, BI and the errors, with unique ids', () => {
    const groups = new Set(GUIDE_EXAMPLES.map((e) => e.group));
    for (const group of [
      'PLACES',
      'PROJECTS',
      'FUNDS',
      'MONITORING',
      'INDUSTRY',
      'STATIONING',
      'BI',
      'ERRORS',
    ] as const)
      expect(groups.has(group), group).toBe(true);
    expect(new Set(GUIDE_EXAMPLES.map((e) => e.id)).size).toBe(GUIDE_EXAMPLES.length);
  });

  it.each(graphqlExamples.map((e) => [e.id, e] as const))(
    '%s: the request answers what the guide shows',
    async (_id, example) => {
      const answer = await postGraphql(api.baseUrl, requestBody(example), {
        authorization: `Bearer ${tokenFor(example)}`,
      });
      answers.set(example.id, answer.body);
      expect(contains(example, answer.body), JSON.stringify(answer.body).slice(0, 3000)).toBe(true);
      // Examples of a dataset answer with data and no error; the errors' examples with their error.
      if (example.group === 'ERRORS') expect(answer.body.errors?.length).toBeGreaterThan(0);
      else expect(answer.body.errors).toBeUndefined();
    },
  );

  it.each(GUIDE_EXAMPLES.map((e) => [e.id, e] as const))(
    '%s: the curl command the guide prints answers the same',
    async (_id, example) => {
      const command = curlCommand(example, api.baseUrl);
      expect(command).toContain(`$${TOKEN_VARIABLE}`);
      const { stdout } = await run('bash', ['-c', command], {
        env: { ...process.env, [TOKEN_VARIABLE]: tokenFor(example) },
        maxBuffer: 16 * 1024 * 1024,
      });
      const answer = parseAnswer(example, stdout);
      expect(contains(example, answer), stdout.slice(0, 3000)).toBe(true);
    },
  );

  it('paging as the guide says (after = endCursor until hasNextPage is false) reads all 775 projects of 2021 once each', async () => {
    const example = graphqlExamples.find((e) => e.id === 'projects-2021') as GraphqlExample;
    const codes: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const answer = await postGraphql(
        api.baseUrl,
        { ...requestBody(example), variables: { after } },
        { authorization: `Bearer ${tokenFor(example)}` },
      );
      const projects = answer.body.data.projects;
      codes.push(...projects.edges.map((e: { node: { code: string } }) => e.node.code));
      if (!projects.pageInfo.hasNextPage) break;
      after = projects.pageInfo.endCursor;
    }
    expect(codes).toHaveLength(775);
    expect(new Set(codes).size).toBe(775);
  });

  it('no answer to a token carries an unmasked ID number, phone or name, or any health detail', () => {
    const households = answers.get('households-of-village');
    expect(households).toBeDefined();
    const ids = valuesOf(households, 'idNumber');
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(id).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    for (const health of valuesOf(households, 'health')) expect(health).toBeNull();
    for (const address of valuesOf(households, 'address')) expect(address).toBeNull();
    for (const phone of valuesOf(households, 'phone')) if (phone !== null) expect(phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    for (const name of [...valuesOf(households, 'headName'), ...valuesOf(households, 'name')].filter(
      (n) => typeof n === 'string' && !n.endsWith('村'),
    ))
      expect(name).toMatch(/\*/);
    for (const [id, answer] of answers)
      for (const idNumber of valuesOf(answer, 'idNumber')) expect(idNumber, id).toMatch(/\*{8}/);
  });

  it('every read by a token is in the audit trail', async () => {
    const audit = await postRegistered(
      api.baseUrl,
      'AuditLog',
      { filter: { action: 'partner.read' }, first: 100, after: null },
      { cookie: adminCookie },
    );
    expect(audit.body.errors).toBeUndefined();
    const reads = audit.body.data.auditLog.edges.map(
      (e: { node: { details: { field: string } } }) => e.node.details.field,
    );
    for (const field of [
      'towns',
      'villages',
      'projects',
      'fundingSummary',
      'households',
      'industrialParks',
      'workTeams',
    ])
      expect(reads, field).toContain(field);
  });

  describe('the limits the guide states are the API’s', () => {
    const refusal = async (query: string) => {
      const answer = await postGraphql(
        api.baseUrl,
        { query },
        { authorization: `Bearer ${tokens.values().next().value}` },
      );
      expect(answer.status).toBe(400);
      return answer.body.errors?.[0]?.extensions;
    };
    const L = API_LIMITS;

    it(`depth ${L.maxDepth}`, async () => {
      const deep = `{ disbursements(first: 1) { edges { node { ${'reverses { '.repeat(L.maxDepth - 3)}id${' }'.repeat(L.maxDepth - 3)} } } } }`;
      expect(await refusal(deep)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: L.maxDepth });
    });

    it(`aliases ${L.maxAliases}, directives ${L.maxDirectives}`, async () => {
      const aliases = Array.from({ length: L.maxAliases + 1 }, (_, i) => `a${i}: __typename`).join(' ');
      expect(await refusal(`{ ${aliases} }`)).toMatchObject({ limit: 'aliases', max: L.maxAliases });
      const directives = '__typename @include(if: true) '.repeat(L.maxDirectives + 1);
      expect(await refusal(`{ ${directives} }`)).toMatchObject({ limit: 'directives', max: L.maxDirectives });
    });

    it(`cost ${L.maxCost}, ${L.maxTokens} tokens, ${L.maxSourceLength} characters`, async () => {
      const costly = graphqlExamples.find((e) => e.id === 'error-too-costly') as GraphqlExample;
      expect(await refusal(costly.query)).toMatchObject({ limit: 'cost', max: L.maxCost });
      expect(await refusal(`{ ${'a '.repeat(L.maxTokens - 1)}}`)).toMatchObject({ limit: 'tokens', max: L.maxTokens });
      expect(await refusal(`{ __typename }${' '.repeat(L.maxSourceLength)}`)).toMatchObject({
        limit: 'sourceLength',
        max: L.maxSourceLength,
      });
    });

    it(`pages of at most ${L.maxPageSize}, ${L.defaultPageSize} when first is not given`, async () => {
      const token = tokens.get(tokenKey({ kind: 'PARTNER', datasets: ['PROJECTS'] })) as string;
      const at = async (first: string) =>
        postGraphql(
          api.baseUrl,
          { query: `{ projects${first} { edges { cursor } } }` },
          { authorization: `Bearer ${token}` },
        );
      expect((await at(`(first: ${L.maxPageSize})`)).body.data.projects.edges).toHaveLength(L.maxPageSize);
      expect((await at('')).body.data.projects.edges).toHaveLength(L.defaultPageSize);
      expect((await at(`(first: ${L.maxPageSize + 1})`)).body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    });

    it(`a body of more than ${L.maxBodyBytes} bytes is refused`, async () => {
      const padding = 'x'.repeat(L.maxBodyBytes);
      const res = await fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${INVALID_TOKEN}` },
        body: JSON.stringify({ query: '{ __typename }', variables: { padding } }),
      });
      expect(res.status).toBe(413);
      expect(await res.json()).toMatchObject({ errors: [{ message: '请求体过大' }] });
    });
  });

  describe('the explorer (x-hanbin-client: explorer) for a signed-in town clerk, in production', () => {
    let clerk = '';
    const ownTownOnly = '{ fundingSummary(year: 2021, groupBy: TOWN) { rows { key label } } }';
    beforeAll(async () => {
      clerk = await signInOverApi(api.baseUrl, 'yinghu');
    });

    it('runs her own query, scoped to her town', async () => {
      const answer = await postGraphql(
        api.baseUrl,
        { query: ownTownOnly },
        { cookie: clerk, 'x-hanbin-client': 'explorer' },
      );
      expect(answer.body).toEqual({ data: { fundingSummary: { rows: [{ key: '610902102', label: '瀛湖镇' }] } } });
    });

    it('refuses the same text without the header, and a mutation with it', async () => {
      const plain = await postGraphql(api.baseUrl, { query: ownTownOnly }, { cookie: clerk });
      expect(plain.status).toBe(400);
      expect(plain.body.errors?.[0].extensions).toEqual({ code: 'TRUSTED_DOCUMENT_REQUIRED' });
      const write = await postGraphql(
        api.baseUrl,
        { query: 'mutation { signOut }' },
        { cookie: clerk, 'x-hanbin-client': 'explorer' },
      );
      expect(write.status).toBe(400);
      expect(write.body.errors?.[0].extensions).toEqual({
        code: 'TRUSTED_DOCUMENT_REQUIRED',
        reason: 'EXPLORER_QUERIES_ONLY',
      });
      // Still signed in: the mutation did not run.
      const still = await postGraphql(
        api.baseUrl,
        { query: '{ me { name } }' },
        { cookie: clerk, 'x-hanbin-client': 'explorer' },
      );
      expect(still.body.data?.me?.name).toBeTruthy();
    });
  });
});
