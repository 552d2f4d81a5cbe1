import { getVariableValues, isEnumType, isScalarType, parse, specifiedScalarTypes } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../modules/identity/identity.enums';
import { createSchema } from '../schema';
import { issueToken, UNKNOWN_ID } from '../test/access';
import { LAO_CHENG } from '../test/factories';
import { type Gql, type GqlResult, startTestApi, type TestApi } from '../test/harness';

/**
 * Queries run as compiled functions (the default); GRAPHQL_EXECUTION=interpreted runs them with
 * graphql-js. A user must not be able to tell which: the same request gets the same answer, errors,
 * paths and status included, from two APIs on the same database, one of each.
 */
describe('compiled execution answers as graphql-js does', () => {
  let api: TestApi;
  let interpreted: Awaited<ReturnType<TestApi['twin']>>;
  type Caller = { name: string; compiled: Gql; interpreted: Gql };
  const callers: Record<string, Caller> = {};
  let busyProject: string;

  beforeAll(async () => {
    api = await startTestApi();
    interpreted = await api.twin({ GRAPHQL_EXECUTION: 'interpreted' });
    const clerk = await api.signInAs(Role.TOWN_STAFF, LAO_CHENG.code);
    const partner = await issueToken(api, { kind: 'PARTNER', datasets: ['PLACES', 'PROJECTS'] });
    const monitoring = await issueToken(api, { kind: 'PARTNER', datasets: ['PLACES', 'MONITORING'] });
    const pairs: [string, { cookie?: string; token?: string }][] = [
      ['district admin', { cookie: api.gql.cookie }],
      ['town clerk of 老城街道', { cookie: clerk.cookie }],
      ['partner with PROJECTS, without FUNDS', { token: partner.secret }],
      ['partner with MONITORING', { token: monitoring.secret }],
      ['nobody', {}],
    ];
    for (const [name, credentials] of pairs) {
      callers[name] = { name, compiled: api.client(credentials), interpreted: interpreted.client(credentials) };
    }
    const [row] = await api.db.dataSource.query(
      `SELECT a.project_id AS id FROM disbursement d JOIN fund_allocation a ON a.id = d.allocation_id
       GROUP BY a.project_id ORDER BY count(*) DESC, a.project_id LIMIT 1`,
    );
    busyProject = row.id;
  });

  afterAll(async () => {
    await interpreted?.close();
    await api?.close();
  });

  /** Both answers, without the statement count (a batched audit row lands in one request or another). */
  async function both(caller: Caller, query: string, variables?: Record<string, unknown>) {
    const strip = ({ sqlStatements: _, ...rest }: GqlResult) => rest;
    const compiled = strip(await caller.compiled(query, variables));
    const interpretedAnswer = strip(await caller.interpreted(query, variables));
    return { compiled, interpreted: interpretedAnswer };
  }

  /** The same answer from both; unless `refused`, one without errors. */
  async function expectSame(
    callerName: string,
    query: string,
    variables?: Record<string, unknown>,
    options: { refused?: boolean } = {},
  ) {
    const answers = await both(callers[callerName], query, variables);
    expect(answers.compiled).toEqual(answers.interpreted);
    if (options.refused) expect(answers.compiled.errors?.length).toBeGreaterThan(0);
    else expect(answers.compiled.errors, JSON.stringify(answers.compiled.errors)).toBeUndefined();
    return answers.compiled;
  }

  const NESTED = `query Nested($first: Int) {
    projects(first: $first) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id code name year status allocatedAmount disbursedAmount executionRate createdAt
        town { code name } village { code name }
        allocations { id amount fundSource { id name category level } } } } }
  }`;

  it('the nested list and a page by variables, for every kind of caller (scopes, masking, refusals)', async () => {
    for (const name of Object.keys(callers)) {
      const refused = name === 'nobody' || name.startsWith('partner');
      const answer = await expectSame(name, NESTED, { first: 30 }, { refused });
      if (name === 'district admin') expect(answer.data?.projects.edges).toHaveLength(30);
      if (name === 'nobody') expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      if (name.startsWith('partner with PROJECTS')) {
        // Allocations are FUNDS: refused field by field, the projects themselves answered.
        expect(answer.errors?.length).toBeGreaterThan(0);
        expect(answer.errors?.[0]?.path?.slice(-1)).toEqual(['allocations']);
      }
    }
  });

  it('the three-level detail of the project with the most payments', async () => {
    const answer = await expectSame(
      'district admin',
      `query ($id: ID!) {
        project(id: $id) { id code name status year tasks allocatedAmount disbursedAmount executionRate
          town { name } village { name }
          performanceTargets { level indicator targetValue unit }
          statusHistory { fromStatus toStatus changedAt }
          allocations { id amount disbursedAmount remainingAmount fundSource { name category level }
            disbursements { id paidOn amount voucherNo payee reverses { id } } } }
      }`,
      { id: busyProject },
    );
    expect(answer.data?.project.allocations[0].disbursements.length).toBeGreaterThan(0);
    await expectSame('district admin', 'query ($id: ID!) { project(id: $id) { id } }', { id: UNKNOWN_ID });
    await expectSame('town clerk of 老城街道', 'query ($id: ID!) { project(id: $id) { id code } }', {
      id: busyProject,
    });
  });

  it('input objects by variables with their defaults, enums, lists and scalars', async () => {
    const SORTED = `query ($sort: ProjectSort, $filter: ProjectFilter) {
      projects(first: 5, sort: $sort, filter: $filter) { edges { node { code name year status } } } }`;
    // ProjectSort's direction (ASC) and field (CODE) have defaults: left out, they still apply.
    const byName = await expectSame('district admin', SORTED, { sort: { field: 'NAME' } });
    expect(byName.data?.projects.edges).toHaveLength(5);
    await expectSame('district admin', SORTED, { sort: {} });
    await expectSame('district admin', SORTED, {
      sort: { field: 'YEAR', direction: 'DESC' },
      filter: { year: 2021, status: ['COMPLETED', 'STARTED'], townCode: LAO_CHENG.code },
    });
    await expectSame(
      'district admin',
      `query ($filter: DisbursementFilter) { disbursements(first: 5, filter: $filter) { totalCount edges { node { amount paidOn } } } }`,
      { filter: { paidFrom: '2021-03-01', paidTo: '2021-06-30' } },
    );
    await expectSame(
      'district admin',
      `query ($year: Int!, $groupBy: FundingGroupBy!) { fundingSummary(year: $year, groupBy: $groupBy) {
        totals { allocated disbursed executionRate } rows { key label allocated disbursed projectCount } } }`,
      { year: 2021, groupBy: 'TOWN' },
    );
  });

  it('bad variables: the same BAD_USER_INPUT, message and status', async () => {
    const SORTED = 'query ($sort: ProjectSort, $first: Int) { projects(first: $first, sort: $sort) { totalCount } }';
    for (const variables of [
      { sort: { field: 'COLOUR' } },
      { sort: { field: null } },
      { first: 'ten' },
      { first: 2 ** 31 },
    ]) {
      const answer = await expectSame('district admin', SORTED, variables, { refused: true });
      expect(answer.status).toBe(400);
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    // Sixty bad values: reported up to graphql-js's cap of 50, the same way, then one error that says
    // the cap was reached; every one of them BAD_USER_INPUT.
    const many = await expectSame(
      'district admin',
      'query ($filter: ProjectFilter) { projects(first: 1, filter: $filter) { totalCount } }',
      { filter: { status: Array.from({ length: 60 }, (_, i) => `NOT_A_STATUS_${i}`) } },
      { refused: true },
    );
    expect(many.errors).toHaveLength(51);
    expect(many.status).toBe(400);
    expect(new Set(many.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(many.errors?.[50]?.message).toBe('输入错误过多，只报告前 50 处');
    const missing = await expectSame(
      'district admin',
      'query ($id: ID!) { project(id: $id) { id } }',
      {},
      { refused: true },
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const range = await expectSame('district admin', 'query { projects(first: 101) { totalCount } }', undefined, {
      refused: true,
    });
    expect(range.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('fragments, aliases, __typename and @skip/@include by variable', async () => {
    await expectSame(
      'district admin',
      `query ($withTown: Boolean!, $noCode: Boolean!) {
        first: projects(first: 3) { edges { node { ...P __typename } } }
        again: projects(first: 2, sort: { field: NAME }) { edges { node { ... on Project { name } } } }
      }
      fragment P on Project { id code @skip(if: $noCode) town @include(if: $withTown) { name } }`,
      { withTown: true, noCode: false },
    );
    await expectSame(
      'district admin',
      `query ($withTown: Boolean!) { projects(first: 3) { edges { node { id town @include(if: $withTown) { name } } } } }`,
      { withTown: false },
    );
  });

  it('personal data: households masked for a partner, as for a clerk, and the introspected schema', async () => {
    const HOUSEHOLDS = `query { households(first: 10) { totalCount edges { node { code headName phone category
      village { name } members { name idNumber relation } openCase { code status } } } } }`;
    const partner = await expectSame('partner with MONITORING', HOUSEHOLDS);
    expect(partner.data?.households.edges.length).toBeGreaterThan(0);
    await expectSame('town clerk of 老城街道', HOUSEHOLDS);
    await expectSame('district admin', '{ __schema { queryType { name } types { name kind } } }');
  });
});

/**
 * Variables are coerced by graphql-js and then again by the compiled function, which must change
 * nothing: for that, every enum's value is its name, and every scalar reads its own output back.
 */
describe('variables coerced twice are coerced once', () => {
  it('every enum value of the schema is its own name', async () => {
    const schema = await createSchema();
    const renamed = Object.values(schema.getTypeMap())
      .filter(isEnumType)
      .flatMap((type) =>
        type
          .getValues()
          .filter((v) => v.value !== v.name)
          .map((v) => `${type.name}.${v.name}`),
      );
    expect(renamed).toEqual([]);
  });

  it('every custom scalar reads its parsed value back as the same value', async () => {
    const schema = await createSchema();
    const samples: Record<string, unknown[]> = {
      Date: ['2021-05-26', '2024-02-29'],
      DateTimeISO: ['2021-05-26T08:30:00.000Z', '2021-05-26T16:30:00+08:00'],
      Money: ['431960000.00', '12.5', 12, '0.01', '-3.00'],
      JSONObject: [{ a: 1, b: ['x'] }],
    };
    const builtIn = new Set(specifiedScalarTypes.map((t) => t.name));
    const custom = Object.values(schema.getTypeMap()).filter(
      (t) => isScalarType(t) && !builtIn.has(t.name) && !t.name.startsWith('__'),
    );
    // A scalar added to the schema must be added here too.
    expect(custom.map((t) => t.name).sort()).toEqual(Object.keys(samples).sort());
    for (const type of custom) {
      if (!isScalarType(type)) continue;
      for (const sample of samples[type.name]) {
        const once = type.parseValue(sample);
        expect(type.parseValue(once), `${type.name} ${JSON.stringify(sample)}`).toEqual(once);
      }
    }
  });

  it('a whole set of variables, once coerced, coerces to itself', async () => {
    const schema = await createSchema();
    const operation = parse(`query ($sort: ProjectSort, $filter: ProjectFilter, $d: DisbursementFilter) { __typename }`)
      .definitions[0];
    if (operation.kind !== 'OperationDefinition') throw new Error('not an operation');
    const definitions = operation.variableDefinitions ?? [];
    const once = getVariableValues(schema, definitions, {
      sort: { field: 'NAME' },
      filter: { year: 2021, status: ['COMPLETED'], category: null },
      d: { paidFrom: '2021-03-01' },
    });
    expect(once.errors).toBeUndefined();
    const twice = getVariableValues(schema, definitions, once.coerced ?? {});
    expect(twice.coerced).toEqual(once.coerced);
  });
});
