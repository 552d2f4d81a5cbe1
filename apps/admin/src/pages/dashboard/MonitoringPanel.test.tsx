import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Mock, renderAt } from '../../test/render';
import { monitoringAdmin } from '../../test/viewers';
import { DashboardSummaryQuery, MonitoringSummaryQuery } from './dashboard.graphql';

const totals = {
  __typename: 'FundingSummaryRow' as const,
  allocated: '767600000.00',
  disbursed: '765000000.00',
  executionRate: '0.9966',
  projectCount: 775,
  startedProjectCount: 775,
};
const funding: Mock = {
  request: { query: DashboardSummaryQuery, variables: { year: 2021 } },
  result: {
    data: {
      systemInfo: { __typename: 'SystemInfo', demoData: false, demoDataDescription: null },
      integrated: { __typename: 'FundingSummary', totals, rows: [] },
      bridging: { __typename: 'FundingSummary', totals, rows: [] },
    },
  },
};
const count = (key: string, label: string, value: number | null, display: string) => ({
  __typename: 'MonitoringCount' as const,
  key,
  label,
  cases: { __typename: 'SuppressedCount' as const, value, display, suppressed: value === null },
});
const summary: Mock = {
  request: { query: MonitoringSummaryQuery, variables: { year: null } },
  result: {
    data: {
      monitoringSummary: {
        __typename: 'MonitoringSummary',
        year: null,
        total: { __typename: 'SuppressedCount', value: 182, display: '182' },
        open: { __typename: 'SuppressedCount', value: 155, display: '155' },
        overdue: { __typename: 'SuppressedCount', value: null, display: '<5' },
        byStep: [count('HOME_VISIT', '入户核查', 6, '6'), count('CONSENT', '承诺授权', null, '<5')],
        byType: [
          count('UNSTABLE_LIFTED', '脱贫不稳定户', 109, '109'),
          count('MARGINAL_AT_RISK', '边缘易致贫户', 24, '24'),
          count('SUDDEN_HARDSHIP', '突发严重困难户', 49, '49'),
        ],
      },
    },
  },
};

describe('总览: 防返贫监测', () => {
  it('prints the counts as the API sends them: a small one stays "<5"', async () => {
    renderAt('/', [funding, summary], { viewer: monitoringAdmin });
    expect((await screen.findByTestId('monitoring-total')).textContent).toBe('182');
    expect(screen.getByTestId('monitoring-open').textContent).toBe('155');
    expect(screen.getByTestId('monitoring-overdue').textContent).toBe('<5');
    const steps = screen.getByRole('list', { name: '识别中：等待的步骤' });
    const items = within(steps).getAllByRole('listitem');
    expect(items[1].textContent).toContain('承诺授权');
    expect(items[1].textContent).toContain('<5');
    expect(within(screen.getByRole('list', { name: '按监测对象类型' })).getByText('109')).toBeTruthy();
  });

  it('is not shown to a viewer without monitoring:read', async () => {
    renderAt('/', [funding]);
    expect(await screen.findByTestId('integrated-allocated')).toBeTruthy();
    expect(screen.queryByText('防返贫监测')).toBeNull();
  });
});
