import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { eastWestSummary } from '../../test/industryFixtures';
import { type Mock, renderAt } from '../../test/render';
import { industryAdmin } from '../../test/viewers';
import { DashboardSummaryQuery, IndustryHeadlineQuery } from './dashboard.graphql';

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
const headline: Mock = {
  request: { query: IndustryHeadlineQuery, variables: { year: null } },
  result: {
    data: {
      industrySummary: {
        __typename: 'IndustrySummary',
        year: null,
        total: {
          __typename: 'IndustryGroup',
          key: 'ALL',
          parks: 220,
          linkedHouseholdsShown: { __typename: 'SuppressedCount', display: '1873' },
          incomeGained: '9876543.21',
        },
      },
      eastWestSummary,
    },
  },
};

describe('总览: 产业与协作', () => {
  it('prints 220 个园区, the households they carry, 5 家企业 and 1.05 亿元', async () => {
    renderAt('/', [funding, headline], { viewer: industryAdmin });
    expect((await screen.findByTestId('industry-parks')).textContent).toBe('220');
    expect(screen.getByTestId('industry-households').textContent).toBe('1873');
    expect(screen.getByTestId('eastwest-enterprises').textContent).toBe('5');
    expect(screen.getByTestId('eastwest-investment').textContent).toBe('1.05');
    expect(screen.getByRole('link', { name: '东西部协作' }).getAttribute('href')).toBe('/industry/east-west');
  });

  it('is not shown to a viewer without industry:read', async () => {
    renderAt('/', [funding]);
    expect(await screen.findByTestId('integrated-allocated')).toBeTruthy();
    expect(screen.queryByText('产业与协作')).toBeNull();
  });
});
