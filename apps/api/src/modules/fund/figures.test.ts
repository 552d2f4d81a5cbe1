import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoData } from '../../database/seed';
import { startTestApi, type TestApi } from '../../test/harness';

/** The report prints 亿元 with up to three decimals, trailing zeros dropped. */
function asReportPrints(yuan: string): string {
  const fen = BigInt(yuan.replace('.', ''));
  const thousandths = (fen + 5_000_000n) / 10_000_000n; // 0.001 亿元 = 100,000 元, rounded half up
  const frac = (thousandths % 1000n).toString().padStart(3, '0').replace(/0+$/, '');
  return `${thousandths / 1000n}${frac ? `.${frac}` : ''}`;
}

describe('the demo data reproduces the 2021 report', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('7.676 亿元 of integrated funds over 775 projects, all started', async () => {
    const { data } = await api.gql(`{
      fundingSummary(year: 2021, groupBy: CATEGORY) { totals { allocated projectCount startedProjectCount } }
    }`);
    const totals = data?.fundingSummary.totals;
    expect(totals.allocated).toBe('767600000.00');
    expect(asReportPrints(totals.allocated)).toBe('7.676');
    expect(totals.projectCount).toBe(775);
    expect(totals.startedProjectCount).toBe(775);
  });

  it('4.32 亿元 of 衔接资金 over 683 projects, 4.305 亿元 spent, 99.67%', async () => {
    const { data } = await api.gql(`{
      fundingSummary(year: 2021, groupBy: SOURCE, fundCategory: BRIDGING) {
        totals { allocated disbursed executionRate projectCount }
        rows { label allocated disbursed }
      }
    }`);
    const { totals, rows } = data?.fundingSummary ?? {};
    expect(asReportPrints(totals.allocated)).toBe('4.32');
    expect(asReportPrints(totals.disbursed)).toBe('4.305');
    expect(totals.executionRate).toBe('0.9967');
    expect(totals.projectCount).toBe(683);
    // 衔接资金 comes at four levels, and the rows add up to the total to the fen.
    expect(rows).toHaveLength(4);
    const sum = rows.reduce((n: bigint, r: { allocated: string }) => n + BigInt(r.allocated.replace('.', '')), 0n);
    expect(sum).toBe(BigInt(totals.allocated.replace('.', '')));
  });

  it('every town has its row, and the town rows add up to the total', async () => {
    const { data } = await api.gql(`{
      fundingSummary(year: 2021, groupBy: TOWN) { totals { allocated disbursed } rows { key label allocated disbursed projectCount } }
    }`);
    const { totals, rows } = data?.fundingSummary ?? {};
    expect(rows).toHaveLength(28);
    const fen = (field: 'allocated' | 'disbursed') =>
      rows.reduce((n: bigint, r: Record<string, string>) => n + BigInt(r[field].replace('.', '')), 0n);
    expect(fen('allocated')).toBe(BigInt(totals.allocated.replace('.', '')));
    expect(fen('disbursed')).toBe(BigInt(totals.disbursed.replace('.', '')));
  });

  it('the seed is deterministic: the same rows on every run', () => {
    const digest = () =>
      createHash('sha256')
        .update(JSON.stringify(buildDemoData(), (_k, v) => (typeof v === 'bigint' ? String(v) : v)))
        .digest('hex');
    expect(digest()).toBe(digest());
  });
});
