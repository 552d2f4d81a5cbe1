import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Mock, renderAt } from '../../test/render';
import { DashboardSummaryQuery } from './dashboard.graphql';

const row = (key: string, label: string, allocated: string, disbursed: string, rate: string | null, n: number) => ({
  __typename: 'FundingRow' as const,
  key,
  label,
  allocated,
  disbursed,
  executionRate: rate,
  projectCount: n,
});

const summaryMock: Mock = {
  request: { query: DashboardSummaryQuery, variables: { year: 2021 } },
  result: {
    data: {
      systemInfo: { __typename: 'SystemInfo', demoData: true, demoDataDescription: '演示数据：按 2021 年报道数字生成' },
      integrated: {
        __typename: 'FundingSummary',
        totals: {
          __typename: 'FundingSummaryRow',
          allocated: '767600000.00',
          disbursed: '765000000.00',
          executionRate: '0.9966',
          projectCount: 775,
          startedProjectCount: 775,
        },
        rows: [
          row('610902001', '老城街道', '30000000.00', '29000000.00', '0.9667', 31),
          row('610902100', '关庙镇', '25000000.00', '25000000.00', '1.0000', 27),
        ],
      },
      bridging: {
        __typename: 'FundingSummary',
        totals: {
          __typename: 'FundingSummaryRow',
          allocated: '431960000.00',
          disbursed: '430520000.00',
          executionRate: '0.9967',
          projectCount: 683,
          startedProjectCount: 683,
        },
        rows: [row('610902001', '老城街道', '20000000.00', '19900000.00', '0.9950', 25)],
      },
    },
  },
};

describe('总览', () => {
  it('prints the headline figures the way the 2021 report does', async () => {
    renderAt('/', [summaryMock]);
    expect(await screen.findByTestId('integrated-allocated')).toHaveProperty('textContent', '7.676');
    expect(screen.getByTestId('integrated-projects').textContent).toBe('775');
    expect(screen.getByTestId('integrated-started').textContent).toBe('775');
    expect(screen.getByTestId('bridging-allocated').textContent).toBe('4.32');
    expect(screen.getByTestId('bridging-projects').textContent).toBe('683');
    expect(screen.getByTestId('bridging-disbursed').textContent).toBe('4.305');
    expect(screen.getByTestId('bridging-rate').textContent).toBe('99.67%');
    expect(screen.getAllByText('亿元').length).toBeGreaterThanOrEqual(3);
  });

  it('labels demo data as the API says', async () => {
    renderAt('/', [summaryMock]);
    expect(await screen.findByText('演示数据：按 2021 年报道数字生成')).toBeTruthy();
    expect(screen.getByText('演示数据')).toBeTruthy();
  });

  it('charts execution by town, lowest first', async () => {
    renderAt('/', [summaryMock]);
    const chart = await screen.findByRole('list', { name: '各镇办支出进度' });
    const items = within(chart).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain('老城街道');
    expect(items[0].textContent).toContain('96.67%');
    expect(items[0].textContent).toContain('下达 3,000 万元');
    expect(items[1].textContent).toContain('100.00%');
  });

  it('shows the server message when the summary fails', async () => {
    renderAt('/', [
      {
        request: { query: DashboardSummaryQuery, variables: { year: 2021 } },
        result: { errors: [{ message: '数据库暂不可用', extensions: { code: 'SERVICE_UNAVAILABLE' } }] },
      },
    ]);
    expect(await screen.findByText('数据库暂不可用')).toBeTruthy();
    expect(screen.getByText('加载失败')).toBeTruthy();
  });
});
