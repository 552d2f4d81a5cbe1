import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  advanceProject,
  createProject,
  fundedProject,
  LAO_CHENG,
  recordDisbursement,
  XIN_CHENG,
} from '../../test/factories';
import { startTestApi, type TestApi } from '../../test/harness';
import { Role } from '../identity/identity.enums';

const COUNT = `query ($filter: ProjectFilter) { projects(filter: $filter, first: 0) { totalCount } }`;

/** The tally as it should be: the projects grouped by the columns it keeps. */
const RECOUNT = `
  SELECT year, town_code, status::text, category::text, industry::text, count(*)::int AS projects
    FROM project GROUP BY 1, 2, 3, 4, 5`;
const TALLY = `
  SELECT year, town_code, status::text, category::text, industry::text, projects
    FROM project_tally WHERE projects > 0`;
const byKey = (rows: Record<string, unknown>[]) =>
  rows.map((r) => `${r.year}|${r.town_code}|${r.status}|${r.category}|${r.industry}=${r.projects}`).sort();

/** A year no seed or other test writes. */
const YEAR = 2034;

describe('totalCount from the project tally', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  const tallyMatchesProjects = async () =>
    expect(byKey(await api.ownerQuery(TALLY))).toEqual(byKey(await api.ownerQuery(RECOUNT)));
  const totalCount = async (filter: Record<string, unknown>, gql = api.gql) => {
    const result = await gql(COUNT, { filter });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data?.projects.totalCount as number;
  };
  const counted = async (where: string, params: unknown[]) =>
    (await api.ownerQuery(`SELECT count(*)::int AS n FROM project WHERE ${where}`, params))[0].n as number;

  it('after the seed, the tally holds exactly the projects grouped by year, town, status, category and industry', async () => {
    await tallyMatchesProjects();
    expect(await totalCount({ year: 2021 })).toBe(775);
  });

  it('follows creating projects, advancing their status and moving them to another town', async () => {
    const tea = await createProject(api, { year: YEAR, category: 'INDUSTRY', industry: 'TEA' });
    const road = await createProject(api, { year: YEAR, category: 'INFRASTRUCTURE', industry: null });
    await createProject(api, {
      year: YEAR,
      category: 'INFRASTRUCTURE',
      industry: null,
      townCode: XIN_CHENG.code,
      villageCode: null,
    });
    expect(await totalCount({ year: YEAR })).toBe(3);
    expect(await totalCount({ year: YEAR, category: 'INFRASTRUCTURE' })).toBe(2);
    expect(await totalCount({ year: YEAR, industry: 'TEA' })).toBe(1);

    await advanceProject(api, road, 'APPROVED');
    expect(await totalCount({ year: YEAR, status: ['APPROVED'] })).toBe(1);
    expect(await totalCount({ year: YEAR, status: ['RESERVED'] })).toBe(2);
    expect(await totalCount({ year: YEAR, status: ['RESERVED', 'APPROVED'] })).toBe(3);

    const moved = await api.gql(
      `mutation ($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, input: $input) { town { code } } }`,
      { id: tea.id, input: { version: tea.version, townCode: XIN_CHENG.code, villageCode: null } },
    );
    expect(moved.errors, JSON.stringify(moved.errors)).toBeUndefined();
    expect(await totalCount({ year: YEAR, townCode: XIN_CHENG.code })).toBe(2);
    expect(await totalCount({ year: YEAR, townCode: LAO_CHENG.code })).toBe(1);
    await tallyMatchesProjects();
  });

  it('a payment moves the project’s amounts and leaves the tally alone (its rows are not even written)', async () => {
    const { project, allocation } = await fundedProject(api, '1000.00');
    const tallyOf2024 = () =>
      api.ownerQuery(`SELECT xmin::text AS x, * FROM project_tally WHERE year = 2024 ORDER BY 2, 3, 4, 5, 6`);
    const before = await tallyOf2024();
    await recordDisbursement(api, allocation.id, '250.00');
    expect(await tallyOf2024()).toEqual(before);
    const [moved] = await api.ownerQuery('SELECT disbursed_amount FROM project WHERE id = $1', [project.id]);
    expect(moved.disbursed_amount).toBe('250.00');
  });

  it('a town clerk’s count is their town’s only, as their list', async () => {
    const clerk = await api.signInAs(Role.TOWN_STAFF, LAO_CHENG.code);
    const listed = await counted('year = 2021 AND town_code = $1', [LAO_CHENG.code]);
    expect(listed).toBeGreaterThan(0);
    expect(await totalCount({ year: 2021 }, clerk)).toBe(listed);
    expect(await totalCount({ year: 2021, townCode: XIN_CHENG.code }, clerk)).toBe(0);
  });

  it('filters the tally does not keep (village, search, fund source) count the rows themselves, and agree', async () => {
    const village = await counted('year = 2021 AND village_code = $1', [LAO_CHENG.village.code]);
    expect(await totalCount({ year: 2021, villageCode: LAO_CHENG.village.code })).toBe(village);
    expect(await totalCount({ year: 2021, search: 'HB2021-000' })).toBe(9);
  });

  it('rows deleted and truncated leave it exact, and the application’s role cannot write it', async () => {
    await api.ownerQuery(`DELETE FROM project WHERE year = $1 AND category = 'INFRASTRUCTURE'`, [YEAR]);
    expect(await totalCount({ year: YEAR })).toBe(1);
    await tallyMatchesProjects();
    await api.ownerQuery('TRUNCATE project CASCADE');
    expect(await api.ownerQuery('SELECT * FROM project_tally')).toEqual([]);
    expect(await totalCount({ year: 2021 })).toBe(0);
    if (api.engine === 'server') {
      const refused = await api.db.dataSource.query(`UPDATE project_tally SET projects = projects + 1`).then(
        () => null,
        (e: Error) => e.message,
      );
      expect(refused).toMatch(/permission denied/);
    }
  });
});
