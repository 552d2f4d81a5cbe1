import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorFields, expectRefused } from '../../test/expect-error';
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
  XIN_CHENG,
} from '../../test/factories';
import { startTestApi, type TestApi } from '../../test/harness';

/** A year the seed does not touch, so every figure below comes from the rows built here. */
const YEAR = 2030;

const SUMMARY = FUNDING_SUMMARY;

type Row = {
  key: string;
  label: string;
  allocated: string;
  disbursed: string;
  executionRate: string | null;
  projectCount: number;
  startedProjectCount: number;
};

/**
 * The crafted year:
 *   P1 产业 老城  S1 1000.00 (2025-01-10): paid 400.00 (02-15), 100.10 (03-01), reversed 30.00 (04-02)
 *                 S2  500.00 (2025-02-03): paid 0.10 (03-10), 0.20 (03-11)           — status STARTED
 *   P2 基础设施 老城 S1 300.00 (2025-02-20): paid 300.00 (02-25)
 *   P3 产业 新城  S2  200.50 (2025-03-05): paid 50.25 (03-20)
 *   P4 公共服务 新城: no money (not counted);  P5 of 2029 with money (another year).
 */
describe('fundingSummary on a crafted year', () => {
  let api: TestApi;
  const ids: Record<string, string> = {};

  async function summary(variables: Record<string, unknown>) {
    const result = await api.gql(SUMMARY, { year: YEAR, ...variables });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data?.fundingSummary as {
      totals: Row;
      rows: Row[];
      year: number;
      groupBy: string;
      fundCategory: string | null;
    };
  }
  const figures = (row: Row) => [
    row.allocated,
    row.disbursed,
    row.executionRate,
    row.projectCount,
    row.startedProjectCount,
  ];

  beforeAll(async () => {
    api = await startTestApi();
    const s1 = await createFundSource(api, {
      year: YEAR,
      category: 'BRIDGING',
      level: 'CENTRAL',
      name: '2030年中央衔接资金（测试）',
    });
    const s2 = await createFundSource(api, {
      year: YEAR,
      category: 'OTHER_INTEGRATED',
      level: 'DISTRICT',
      name: '2030年区级统筹整合资金（测试）',
    });
    ids.s1 = s1.id;
    ids.s2 = s2.id;
    const base = { year: YEAR, plannedStart: null, plannedEnd: null };
    const p1 = await createProject(api, { ...base, category: 'INDUSTRY', industry: 'TEA' });
    const p2 = await createProject(api, { ...base, category: 'INFRASTRUCTURE', industry: null });
    const p3 = await createProject(api, {
      ...base,
      category: 'INDUSTRY',
      industry: 'KONJAC',
      townCode: XIN_CHENG.code,
      villageCode: XIN_CHENG.village.code,
    });
    await createProject(api, {
      ...base,
      category: 'PUBLIC_SERVICE',
      industry: null,
      townCode: XIN_CHENG.code,
      villageCode: null,
    });
    const p5 = await createProject(api, { ...base, year: 2029 });

    const a11 = await createAllocation(api, {
      projectId: p1.id,
      fundSourceId: s1.id,
      amount: '1000.00',
      allocatedOn: '2025-01-10',
    });
    const a12 = await createAllocation(api, {
      projectId: p1.id,
      fundSourceId: s2.id,
      amount: '500.00',
      allocatedOn: '2025-02-03',
    });
    const a21 = await createAllocation(api, {
      projectId: p2.id,
      fundSourceId: s1.id,
      amount: '300.00',
      allocatedOn: '2025-02-20',
    });
    const a32 = await createAllocation(api, {
      projectId: p3.id,
      fundSourceId: s2.id,
      amount: '200.50',
      allocatedOn: '2025-03-05',
    });
    const a51 = await createAllocation(api, {
      projectId: p5.id,
      fundSourceId: s1.id,
      amount: '999.99',
      allocatedOn: '2025-01-10',
    });

    await recordDisbursement(api, a11.id, '400.00', { paidOn: '2025-02-15' });
    const corrected = await recordDisbursement(api, a11.id, '100.10', { paidOn: '2025-03-01' });
    await reverseDisbursement(api, corrected.id, '30.00', { paidOn: '2025-04-02' });
    await recordDisbursement(api, a12.id, '0.10', { paidOn: '2025-03-10' });
    await recordDisbursement(api, a12.id, '0.20', { paidOn: '2025-03-11' });
    await recordDisbursement(api, a21.id, '300.00', { paidOn: '2025-02-25' });
    await recordDisbursement(api, a32.id, '50.25', { paidOn: '2025-03-20' });
    await recordDisbursement(api, a51.id, '999.99', { paidOn: '2025-03-20' });

    await advanceProject(api, await advanceProject(api, p1, 'APPROVED'), 'STARTED');
  });
  afterAll(() => api?.close());

  it('totals: every allocation of the year, exact to the fen', async () => {
    const { totals, year } = await summary({ groupBy: 'CATEGORY' });
    expect(year).toBe(YEAR);
    expect(totals.key).toBe('TOTAL');
    expect(totals.label).toMatch(/\p{Script=Han}/u);
    expect(figures(totals)).toEqual(['2000.50', '820.65', '0.4102', 3, 1]);
  });

  it('by MONTH: allocated by document date, spent by payment date, reversals in their own month', async () => {
    const { totals, rows } = await summary({ groupBy: 'MONTH' });
    expect(rows.map((r) => [r.key, ...figures(r)])).toEqual([
      ['2025-01', '1000.00', '0.00', '0.0000', 0, 0],
      ['2025-02', '800.00', '700.00', '0.8750', 2, 1],
      ['2025-03', '200.50', '150.65', '0.7514', 2, 1],
      ['2025-04', '0.00', '-30.00', null, 1, 1],
    ]);
    expect(rows.map((r) => r.label)).toEqual(rows.map((r) => r.key));
    const sum = (field: 'allocated' | 'disbursed') => rows.reduce((n, r) => n + fen(r[field]), 0n);
    expect(sum('allocated')).toBe(fen(totals.allocated));
    expect(sum('disbursed')).toBe(fen(totals.disbursed));
  });

  it('by CATEGORY: one row per project category, labelled in Chinese', async () => {
    const { rows } = await summary({ groupBy: 'CATEGORY' });
    expect(rows.map((r) => [r.key, r.label, ...figures(r)])).toEqual([
      ['INDUSTRY', '产业发展', '1700.50', '520.65', '0.3062', 2, 1],
      ['INFRASTRUCTURE', '基础设施', '300.00', '300.00', '1.0000', 1, 0],
    ]);
  });

  it('by SOURCE, and narrowed to one fund category', async () => {
    const { rows } = await summary({ groupBy: 'SOURCE' });
    const bySource = Object.fromEntries(rows.map((r) => [r.key, [r.label, ...figures(r)]]));
    expect(bySource).toEqual({
      [ids.s1]: ['2030年中央衔接资金（测试）', '1300.00', '770.10', '0.5924', 2, 1],
      [ids.s2]: ['2030年区级统筹整合资金（测试）', '700.50', '50.55', '0.0722', 2, 1],
    });
    const bridging = await summary({ groupBy: 'SOURCE', fundCategory: 'BRIDGING' });
    expect(bridging.fundCategory).toBe('BRIDGING');
    expect(figures(bridging.totals)).toEqual(['1300.00', '770.10', '0.5924', 2, 1]);
    expect(bridging.rows.map((r) => r.key)).toEqual([ids.s1]);
  });

  it('by TOWN: every town has a row, and only two have money this year', async () => {
    const { rows } = await summary({ groupBy: 'TOWN' });
    expect(rows).toHaveLength(28);
    const withMoney = rows.filter((r) => r.allocated !== '0.00');
    expect(withMoney.map((r) => [r.key, r.label, ...figures(r)])).toEqual([
      [LAO_CHENG.code, LAO_CHENG.name, '1800.00', '770.40', '0.4280', 2, 1],
      [XIN_CHENG.code, XIN_CHENG.name, '200.50', '50.25', '0.2506', 1, 0],
    ]);
  });

  it('narrowed to one town: totals and rows count only its projects', async () => {
    const byTown = await summary({ groupBy: 'TOWN', townCode: LAO_CHENG.code });
    expect(figures(byTown.totals)).toEqual(['1800.00', '770.40', '0.4280', 2, 1]);
    expect(byTown.rows.map((r) => r.key)).toEqual([LAO_CHENG.code]);

    const byMonth = await summary({ groupBy: 'MONTH', townCode: LAO_CHENG.code });
    expect(byMonth.rows.map((r) => [r.key, r.allocated, r.disbursed])).toEqual([
      ['2025-01', '1000.00', '0.00'],
      ['2025-02', '800.00', '700.00'],
      ['2025-03', '0.00', '100.40'],
      ['2025-04', '0.00', '-30.00'],
    ]);
  });

  it('a year without money gives zero totals and no rows, not an error', async () => {
    const { totals, rows } = await summary({ year: 2034, groupBy: 'MONTH' });
    expect(figures(totals)).toEqual(['0.00', '0.00', null, 0, 0]);
    expect(rows).toEqual([]);
  });

  describe('refuses', () => {
    it('a malformed town code, at townCode', async () => {
      const result = await api.gql(SUMMARY, { year: YEAR, groupBy: 'TOWN', townCode: '老城街道' });
      expect(errorFields(expectRefused(result, 'BAD_USER_INPUT'))).toEqual(['townCode']);
    });

    // A BI tool with a mistyped code would otherwise chart a town full of zeros.
    it('a town code that is not a town of the district, at townCode', async () => {
      const result = await api.gql(SUMMARY, { year: YEAR, groupBy: 'MONTH', townCode: '610902999' });
      expect(errorFields(expectRefused(result, 'BAD_USER_INPUT'))).toEqual(['townCode']);
    });

    it('a year outside the range', async () => {
      const result = await api.gql(SUMMARY, { year: 1999, groupBy: 'MONTH' });
      expect(errorFields(expectRefused(result, 'BAD_USER_INPUT'))).toEqual(['year']);
    });
  });
});
