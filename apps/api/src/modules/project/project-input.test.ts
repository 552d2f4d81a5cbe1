import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorFields, expectRefused } from '../../test/expect-error';
import { CREATE_PROJECT, projectCount, projectInput, UPDATE_PROJECT } from '../../test/factories';
import { startTestApi, type TestApi } from '../../test/harness';

/** Bad input to createProject: refused at the field a form should highlight, and nothing stored. */
describe('bad input to projects', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  /** Sends the input and checks that the library holds no more projects than before. */
  async function refusedCreate(overrides: Record<string, unknown>, code = 'BAD_USER_INPUT') {
    const before = await projectCount(api);
    const result = await api.gql(CREATE_PROJECT, { input: projectInput(overrides) });
    const error = expectRefused(result, code);
    expect(result.data?.createProject ?? null).toBeNull();
    expect(await projectCount(api)).toBe(before);
    return error;
  }

  it('a 10,000-character name, at the name field', async () => {
    const error = await refusedCreate({ name: '茶'.repeat(10_000) });
    expect(errorFields(error)).toEqual(['name']);
  });

  it('a name of blanks only', async () => {
    const error = await refusedCreate({ name: '     ' });
    expect(errorFields(error)).toContain('name');
  });

  it('more lifted households than beneficiary households, at liftedHouseholds', async () => {
    const error = await refusedCreate({
      beneficiaryHouseholds: 10,
      beneficiaryPersons: 30,
      liftedHouseholds: 11,
      liftedPersons: 20,
    });
    expect(errorFields(error)).toEqual(['liftedHouseholds']);
  });

  it('more lifted persons than beneficiary persons, at liftedPersons', async () => {
    const error = await refusedCreate({
      beneficiaryHouseholds: 10,
      beneficiaryPersons: 30,
      liftedHouseholds: 5,
      liftedPersons: 31,
    });
    expect(errorFields(error)).toEqual(['liftedPersons']);
  });

  it('a negative beneficiary count', async () => {
    const error = await refusedCreate({ beneficiaryHouseholds: -1 });
    expect(errorFields(error)).toContain('beneficiaryHouseholds');
  });

  it('a planned end before the planned start, at plannedEnd', async () => {
    const error = await refusedCreate({ plannedStart: '2024-06-01', plannedEnd: '2024-05-31' });
    expect(errorFields(error)).toEqual(['plannedEnd']);
  });

  it('an industry project without its industry, at industry', async () => {
    const error = await refusedCreate({ category: 'INDUSTRY', industry: null });
    expect(errorFields(error)).toEqual(['industry']);
  });

  it('a year outside the transition period and its neighbours', async () => {
    const error = await refusedCreate({ year: 1999 });
    expect(errorFields(error)).toEqual(['year']);
  });

  it('a village code that does not exist, at villageCode', async () => {
    const error = await refusedCreate({ villageCode: '610902001999' });
    expect(errorFields(error)).toEqual(['villageCode']);
  });

  it('a malformed code', async () => {
    const error = await refusedCreate({ code: '项目 一' });
    expect(errorFields(error)).toEqual(['code']);
  });

  it('a performance target whose value is not a number, at its path', async () => {
    const target = {
      level: 'OUTPUT',
      subLevel: '数量指标',
      indicator: '新建大棚',
      operator: 'GTE',
      targetValue: '十个',
      unit: '座',
    };
    const error = await refusedCreate({ performanceTargets: [target] });
    expect(errorFields(error)).toEqual(['performanceTargets.0.targetValue']);
  });

  it('an impossible date such as 2021-02-30, sent as a variable', async () => {
    const error = await refusedCreate({ plannedStart: '2021-02-30' });
    expect(errorFields(error)).toEqual(['plannedStart']);
  });

  it('an impossible date written into the query, refused before anything runs', async () => {
    const before = await projectCount(api);
    const result = await api.gql(`mutation {
      createProject(input: { name: "日期错误的项目", year: 2024, category: OTHER, constructionType: NEW,
                             townCode: "610902001", responsibleUnit: "老城街道办事处", plannedStart: "2021-02-30" }) { id }
    }`);
    expectRefused(result, 'GRAPHQL_VALIDATION_FAILED');
    expect(result.status).toBe(400);
    expect(await projectCount(api)).toBe(before);
  });

  it('dates in another format', async () => {
    for (const date of ['2021/03/01', '21-3-1', '2021-13-01', '2021-00-10', '2021-03-01T00:00:00Z']) {
      const result = await api.gql(CREATE_PROJECT, { input: projectInput({ plannedEnd: date }) });
      expect(errorFields(expectRefused(result, 'BAD_USER_INPUT')), date).toEqual(['plannedEnd']);
    }
  });

  it('several mistakes at once are all reported', async () => {
    const error = await refusedCreate({
      category: 'INDUSTRY',
      industry: null,
      plannedStart: '2024-06-01',
      plannedEnd: '2024-01-01',
      beneficiaryHouseholds: 1,
      beneficiaryPersons: 3,
      liftedHouseholds: 2,
      liftedPersons: 2,
    });
    expect(errorFields(error).sort()).toEqual(['industry', 'liftedHouseholds', 'plannedEnd']);
  });

  // A partner engineer calling GraphQL by hand makes these mistakes first; the UI speaks Chinese.
  it('an unknown enum value is explained in Chinese', async () => {
    await refusedCreate({ category: 'FARMING' });
  });

  it('a missing required field is explained in Chinese', async () => {
    const before = await projectCount(api);
    const { responsibleUnit: _omitted, ...input } = projectInput();
    expectRefused(await api.gql(CREATE_PROJECT, { input }), 'BAD_USER_INPUT');
    expect(await projectCount(api)).toBe(before);
  });

  // A partner engineer who passes the project code where the id belongs.
  it('project(id) answers "no such project", not an internal error', async () => {
    const result = await api.gql(`{ project(id: "HB2021-0001") { id } }`);
    expect((result.errors ?? []).map((e) => e.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(result.data?.project ?? null).toBeNull();
  });

  it('project(id) of a well-formed id that does not exist is null', async () => {
    const result = await api.gql(`{ project(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.project).toBeNull();
  });

  it('updateProject with a malformed id is a client error, not an internal one', async () => {
    const result = await api.gql(UPDATE_PROJECT, { id: 'not-a-project', input: { version: 1, name: '任意名称' } });
    const error = result.errors?.[0];
    expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(error?.extensions?.code);
    expectRefused(result, error?.extensions?.code);
  });
});
