import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  advanceProject,
  createAllocation,
  createFundSource,
  createProject,
  FUNDING_SUMMARY,
  fen,
  LAO_CHENG,
  recordDisbursement,
  reverseDisbursement,
  UPDATE_ALLOCATION,
  UPDATE_PROJECT,
  XIN_CHENG,
} from '../../test/factories';
import { startTestApi, type TestApi } from '../../test/harness';
import { Role } from '../identity/identity.enums';

/** A year no seed or other test of this file's database writes. */
const YEAR = 2032;

const SUMMARY = FUNDING_SUMMARY;

/** The tallies as they should be, counted from the allocations themselves. */
const RECOUNT_MONEY = `
  SELECT p.year, p.town_code, p.category::text, p.status::text, a.fund_source_id::text,
         count(*)::int AS allocations, sum(a.amount)::text AS allocated, sum(a.disbursed_amount)::text AS disbursed
    FROM fund_allocation a JOIN project p ON p.id = a.project_id
   GROUP BY 1, 2, 3, 4, 5`;
const TALLY_MONEY = `
  SELECT year, town_code, category::text, status::text, fund_source_id::text, allocations, allocated::text, disbursed::text
    FROM fund_tally WHERE allocations > 0`;
const RECOUNT_PROJECTS = `
  SELECT p.year, p.town_code, p.category::text, p.status::text, s.category::text AS fund_category,
         count(DISTINCT p.id)::int AS projects
    FROM fund_allocation a JOIN project p ON p.id = a.project_id JOIN fund_source s ON s.id = a.fund_source_id
   GROUP BY GROUPING SETS ((1, 2, 3, 4, 5), (1, 2, 3, 4))`;
const TALLY_PROJECTS = `
  SELECT year, town_code, category::text, status::text, fund_category::text, projects
    FROM funded_project_tally WHERE projects > 0`;
const rowsOf = (rows: Record<string, unknown>[]) => rows.map((r) => Object.values(r).join('|')).sort();

/**
 * What the summary should say, straight from the allocations: per group and in total, the money and the
 * number of distinct projects (a project funded from several sources counts once).
 */
const ORACLE = (key: string) => `
  SELECT GROUPING(${key}) = 1 AS total, (${key})::text AS key,
         sum(a.amount)::text AS allocated, sum(a.disbursed_amount)::text AS disbursed,
         count(DISTINCT p.id)::int AS projects,
         (count(DISTINCT p.id) FILTER (WHERE p.status >= 'STARTED'))::int AS started
    FROM fund_allocation a JOIN project p ON p.id = a.project_id JOIN fund_source s ON s.id = a.fund_source_id
   WHERE p.year = $1 AND ($2::fund_category IS NULL OR s.category = $2::fund_category)
     AND ($3::varchar[] IS NULL OR p.town_code = ANY($3::varchar[]))
   GROUP BY GROUPING SETS ((${key}), ())`;
const KEY_OF = { TOWN: 'p.town_code', CATEGORY: 'p.category', SOURCE: 'a.fund_source_id' } as const;

type Figures = { allocated: string; disbursed: string; projectCount: number; startedProjectCount: number };
const figures = (r: Figures) => [fen(r.allocated), fen(r.disbursed), r.projectCount, r.startedProjectCount];

describe('the funding summary from its tallies', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  const tallyMatchesAllocations = async () => {
    expect(rowsOf(await api.ownerQuery(TALLY_MONEY))).toEqual(rowsOf(await api.ownerQuery(RECOUNT_MONEY)));
    expect(rowsOf(await api.ownerQuery(TALLY_PROJECTS))).toEqual(rowsOf(await api.ownerQuery(RECOUNT_PROJECTS)));
  };

  /** Every grouping the tallies answer, for all funds and for each fund category, against the oracle. */
  const summaryMatchesAllocations = async (year: number, gql = api.gql, towns: string[] | null = null) => {
    for (const groupBy of ['TOWN', 'CATEGORY', 'SOURCE'] as const) {
      for (const fundCategory of [null, 'BRIDGING', 'OTHER_INTEGRATED']) {
        const result = await gql(SUMMARY, { year, groupBy, fundCategory });
        expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
        const { totals, rows } = (result.data as { fundingSummary: unknown }).fundingSummary as {
          totals: Figures;
          rows: (Figures & { key: string })[];
        };
        const oracle: Record<string, string | number | boolean>[] = await api.ownerQuery(ORACLE(KEY_OF[groupBy]), [
          year,
          fundCategory,
          towns,
        ]);
        const expected = (r: Record<string, string | number | boolean> | undefined) =>
          r ? [fen(r.allocated as string), fen(r.disbursed as string), r.projects, r.started] : [0n, 0n, 0, 0];
        const label = `${year} ${groupBy} ${fundCategory}`;
        expect(figures(totals), label).toEqual(expected(oracle.find((r) => r.total)));
        const groups = oracle.filter((r) => !r.total);
        for (const row of rows)
          expect(figures(row), `${label} ${row.key}`).toEqual(expected(groups.find((r) => r.key === row.key)));
        // Every group with money is listed (towns without money are listed too, at zero).
        expect(groups.map((r) => r.key).filter((k) => !rows.some((row) => row.key === k))).toEqual([]);
      }
    }
  };

  it('after the seed, the tallies hold the allocations exactly, and the summary of 2021 agrees with them', async () => {
    await tallyMatchesAllocations();
    await summaryMatchesAllocations(2021);
    const [{ n }] = await api.ownerQuery('SELECT count(*)::int AS n FROM fund_tally WHERE year = 2021');
    expect(n).toBeGreaterThan(0);
  });

  it('follows allocations, payments, reversals, new amounts, status and town changes', async () => {
    const bridging1 = await createFundSource(api, { year: YEAR, category: 'BRIDGING' });
    const bridging2 = await createFundSource(api, { year: YEAR, category: 'BRIDGING', level: 'CENTRAL' });
    const other = await createFundSource(api, { year: YEAR, category: 'OTHER_INTEGRATED' });
    const tea = await createProject(api, { year: YEAR });
    const road = await createProject(api, { year: YEAR, category: 'INFRASTRUCTURE', industry: null });
    const a1 = await createAllocation(api, { projectId: tea.id, fundSourceId: bridging1.id, amount: '1000.00' });
    await createAllocation(api, { projectId: tea.id, fundSourceId: bridging2.id, amount: '500.00' });
    await createAllocation(api, { projectId: tea.id, fundSourceId: other.id, amount: '0.30' });
    const r1 = await createAllocation(api, { projectId: road.id, fundSourceId: bridging1.id, amount: '300.00' });
    await tallyMatchesAllocations();
    await summaryMatchesAllocations(YEAR);

    // Two bridging allocations of one project count it once.
    const bridged = await api.gql(SUMMARY, { year: YEAR, groupBy: 'TOWN', fundCategory: 'BRIDGING' });
    expect(bridged.data?.fundingSummary.totals).toMatchObject({
      allocated: '1800.00',
      disbursed: '0.00',
      projectCount: 2,
      startedProjectCount: 0,
    });

    const paid = await recordDisbursement(api, a1.id, '400.00');
    await recordDisbursement(api, r1.id, '0.01');
    await reverseDisbursement(api, paid.id, '100.00');
    const raised = await api.gql(UPDATE_ALLOCATION, { id: r1.id, input: { version: r1.version, amount: '350.50' } });
    expect(raised.errors, JSON.stringify(raised.errors)).toBeUndefined();
    await tallyMatchesAllocations();
    await summaryMatchesAllocations(YEAR);

    await advanceProject(api, await advanceProject(api, tea, 'APPROVED'), 'STARTED');
    const moved = await api.gql(UPDATE_PROJECT, {
      id: road.id,
      input: { version: road.version, townCode: XIN_CHENG.code, villageCode: null },
    });
    expect(moved.errors, JSON.stringify(moved.errors)).toBeUndefined();
    await tallyMatchesAllocations();
    await summaryMatchesAllocations(YEAR);
    const started = await api.gql(SUMMARY, { year: YEAR, groupBy: 'SOURCE', fundCategory: null });
    expect(started.data?.fundingSummary.totals).toMatchObject({
      allocated: '1850.80',
      disbursed: '300.01',
      projectCount: 2,
      startedProjectCount: 1,
    });
  });

  it('each fund source’s own totals agree with its allocations, for the district and for a town clerk', async () => {
    const TOTALS = `query ($id: ID!) { fundSource(id: $id) { allocatedAmount disbursedAmount projectCount } }`;
    const ORACLE_SOURCE = `
      SELECT COALESCE(sum(a.amount), 0)::text AS allocated, COALESCE(sum(a.disbursed_amount), 0)::text AS disbursed,
             count(*)::int AS projects
        FROM fund_allocation a JOIN project p ON p.id = a.project_id
       WHERE a.fund_source_id = $1 AND ($2::varchar[] IS NULL OR p.town_code = ANY($2::varchar[]))`;
    const clerk = await api.signInAs(Role.TOWN_STAFF, LAO_CHENG.code);
    const sources: { id: string }[] = await api.ownerQuery(
      `SELECT id FROM fund_source WHERE year IN (2021, ${YEAR}) ORDER BY code`,
    );
    expect(sources.length).toBeGreaterThan(3);
    for (const [gql, towns] of [
      [api.gql, null],
      [clerk, [LAO_CHENG.code]],
    ] as const) {
      for (const { id } of sources) {
        const result = await gql(TOTALS, { id });
        expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
        const [expected] = await api.ownerQuery(ORACLE_SOURCE, [id, towns]);
        const got = result.data?.fundSource;
        expect([fen(got.allocatedAmount), fen(got.disbursedAmount), got.projectCount], id).toEqual([
          fen(expected.allocated),
          fen(expected.disbursed),
          expected.projects,
        ]);
      }
    }
  });

  it('a town clerk sums their town only, and agrees with the allocations of that town', async () => {
    const clerk = await api.signInAs(Role.TOWN_STAFF, LAO_CHENG.code);
    await summaryMatchesAllocations(2021, clerk, [LAO_CHENG.code]);
    await summaryMatchesAllocations(YEAR, clerk, [LAO_CHENG.code]);
  });

  it('holds under statements of many rows, deletes, moved allocations and an edited fund category', async () => {
    const bridging = await createFundSource(api, { year: YEAR, category: 'BRIDGING' });
    const bridgingToo = await createFundSource(api, { year: YEAR, category: 'BRIDGING' });
    const other = await createFundSource(api, { year: YEAR, category: 'OTHER_INTEGRATED' });
    const project = await createProject(api, { year: YEAR });
    const second = await createProject(api, { year: YEAR });
    // One statement, three allocations of one project: it is counted once under 衔接资金 and once in all.
    await api.ownerQuery(
      `INSERT INTO fund_allocation (project_id, fund_source_id, amount, allocated_on)
       VALUES ($1, $2, 10, '2032-01-01'), ($1, $3, 20, '2032-01-01'), ($1, $4, 30, '2032-01-01')`,
      [project.id, bridging.id, bridgingToo.id, other.id],
    );
    await tallyMatchesAllocations();
    await api.ownerQuery('DELETE FROM fund_allocation WHERE project_id = $1 AND fund_source_id = $2', [
      project.id,
      other.id,
    ]);
    await tallyMatchesAllocations();
    await api.ownerQuery('UPDATE fund_allocation SET project_id = $1 WHERE project_id = $2 AND fund_source_id = $3', [
      second.id,
      project.id,
      bridging.id,
    ]);
    await api.ownerQuery('UPDATE fund_allocation SET fund_source_id = $1 WHERE project_id = $2', [other.id, second.id]);
    await tallyMatchesAllocations();
    await api.ownerQuery(`UPDATE fund_source SET category = 'OTHER_INTEGRATED' WHERE id = $1`, [bridgingToo.id]);
    await tallyMatchesAllocations();
    await summaryMatchesAllocations(YEAR);
  });

  it('concurrent payments into projects that share a tally row add up exactly', async () => {
    const source = await createFundSource(api, { year: YEAR, category: 'BRIDGING' });
    const allocations: { id: string }[] = [];
    for (let i = 0; i < 4; i++) {
      const project = await createProject(api, { year: YEAR, townCode: XIN_CHENG.code, villageCode: null });
      allocations.push(
        await createAllocation(api, { projectId: project.id, fundSourceId: source.id, amount: '100.00' }),
      );
    }
    await Promise.all(Array.from({ length: 24 }, (_, i) => recordDisbursement(api, allocations[i % 4].id, '1.25')));
    const [row] = await api.ownerQuery(
      `SELECT sum(disbursed)::text AS disbursed, sum(allocations)::int AS allocations FROM fund_tally WHERE fund_source_id = $1`,
      [source.id],
    );
    expect(row).toEqual({ disbursed: '30.00', allocations: 4 });
    await tallyMatchesAllocations();
  });

  it('truncating leaves it empty, and the application’s role can read the tallies but not write them', async () => {
    if (api.engine === 'server') {
      for (const table of ['fund_tally', 'funded_project_tally', 'project_fund_category']) {
        const refused = await api.db.dataSource.query(`DELETE FROM ${table}`).then(
          () => null,
          (e: Error) => e.message,
        );
        expect(refused, table).toMatch(/permission denied/);
      }
      const recount = await api.db.dataSource.query('SELECT fund_tally_recount()').then(
        () => null,
        (e: Error) => e.message,
      );
      expect(recount).toMatch(/permission denied/);
    }
    await api.ownerQuery('TRUNCATE fund_allocation, disbursement');
    expect(await api.ownerQuery('SELECT * FROM fund_tally')).toEqual([]);
    expect(await api.ownerQuery('SELECT * FROM funded_project_tally')).toEqual([]);
    const empty = await api.gql(SUMMARY, { year: 2021, groupBy: 'SOURCE', fundCategory: null });
    expect(empty.data?.fundingSummary).toMatchObject({
      totals: { allocated: '0.00', disbursed: '0.00', projectCount: 0, startedProjectCount: 0 },
      rows: [],
    });
  });
});
