import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fundSourceOptions, towns } from '../../test/fixtures';
import { type Mock, renderAt } from '../../test/render';
import { ProjectCursorsQuery, ProjectFundSourceOptionsQuery, ProjectListQuery, TownsQuery } from './projects.graphql';

const filter = { year: 2021, status: ['STARTED'] };

function project(i: number) {
  return {
    __typename: 'ProjectEdge' as const,
    cursor: `c${i}`,
    node: {
      __typename: 'Project' as const,
      id: `p-${i}`,
      code: `HB2021-${String(i + 1).padStart(4, '0')}`,
      name: `示范项目${i + 1}`,
      year: 2021,
      category: 'INDUSTRY' as const,
      industry: 'TEA' as const,
      status: 'STARTED' as const,
      town: { __typename: 'Town' as const, code: '610902001', name: '老城街道' },
      village: { __typename: 'Village' as const, code: '610902001001', name: '西城社区' },
      allocatedAmount: '1234567.80',
      disbursedAmount: '1000000.00',
      executionRate: '0.8100',
    },
  };
}

function page(from: number, count: number, total: number) {
  return {
    data: {
      projects: {
        __typename: 'ProjectConnection' as const,
        totalCount: total,
        pageInfo: {
          __typename: 'PageInfo' as const,
          hasNextPage: from + count < total,
          endCursor: `c${from + count - 1}`,
        },
        edges: Array.from({ length: count }, (_, k) => project(from + k)),
      },
    },
  };
}

const common: Mock[] = [
  { request: { query: TownsQuery }, result: { data: { towns } }, maxUsageCount: 5 },
  {
    request: { query: ProjectFundSourceOptionsQuery },
    result: { data: { fundSources: fundSourceOptions } },
    maxUsageCount: 5,
  },
];

describe('项目库 list', () => {
  it('restores filter, sort and page from the URL, reaching page 2 through cursors', async () => {
    const sort = { field: 'ALLOCATED', direction: 'DESC' };
    const { router } = renderAt('/projects?year=2021&status=STARTED&sort=ALLOCATED.DESC&page=2&size=10', [
      ...common,
      {
        request: { query: ProjectCursorsQuery, variables: { filter, sort, first: 10, after: null } },
        result: {
          data: {
            projects: {
              __typename: 'ProjectConnection',
              edges: Array.from({ length: 10 }, (_, i) => ({ __typename: 'ProjectEdge', cursor: `c${i}` })),
            },
          },
        },
      },
      {
        request: { query: ProjectListQuery, variables: { filter, sort, first: 10, after: 'c9' } },
        result: page(10, 10, 25),
      },
      {
        request: {
          query: ProjectListQuery,
          variables: { filter, sort: { field: 'DISBURSED', direction: 'ASC' }, first: 10, after: null },
        },
        result: page(0, 10, 25),
      },
    ]);

    expect(await screen.findByText('示范项目11')).toBeTruthy();
    expect(screen.getByText('示范项目20')).toBeTruthy();
    expect(screen.getByText('共 25 条')).toBeTruthy();
    const row = screen.getByText('示范项目11').closest('tr') as HTMLElement;
    expect(within(row).getByText('1,234,567.80')).toBeTruthy();
    expect(within(row).getByText('81.00%')).toBeTruthy();
    expect(within(row).getByText('开工')).toBeTruthy();
    // The filters show what the URL says.
    expect(screen.getAllByText('开工').length).toBeGreaterThan(1);

    fireEvent.click(screen.getAllByRole('columnheader', { name: /已支出/ })[0]);
    await waitFor(() => expect(router.state.location.search).toContain('sort=DISBURSED.ASC'));
    expect(router.state.location.search).not.toContain('page=');
    expect(await screen.findByText('示范项目1')).toBeTruthy();
  });
});
