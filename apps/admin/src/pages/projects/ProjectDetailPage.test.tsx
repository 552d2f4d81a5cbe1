import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { noChangeLog, projectDetail } from '../../test/projectDetailFixture';
import { renderAt } from '../../test/render';
import { AdvanceProjectStatusMutation, ProjectDetailQuery } from './projects.graphql';

describe('project detail', () => {
  it('shows fields, money by source with its payments, targets and history', async () => {
    renderAt('/projects/p-1', [
      noChangeLog,
      {
        request: { query: ProjectDetailQuery, variables: { id: 'p-1' } },
        result: { data: { project: projectDetail() } },
      },
    ]);
    expect(await screen.findByRole('heading', { name: /中心村茶园提升/ })).toBeTruthy();
    expect(screen.getByText('关庙镇 / 中心村')).toBeTruthy();
    expect(screen.getByText('改扩建')).toBeTruthy();
    expect(screen.getByText('48.00%')).toBeTruthy();
    const allocation = screen.getByText('2021年中央财政衔接资金').closest('tr') as HTMLElement;
    expect(within(allocation).getByText('520,000.00')).toBeTruthy();
    expect(within(allocation).getByText('2 笔支出')).toBeTruthy();
    fireEvent.click(within(allocation).getByRole('button'));
    expect(await screen.findByText('PZ-2021-0002')).toBeTruthy();
    expect(screen.getByText('-20,000.00')).toBeTruthy();
    expect(screen.getByText('冲销 PZ-2021-0001 多付冲回')).toBeTruthy();
    expect(screen.getByText('≥ 200 亩')).toBeTruthy();
    expect(screen.getByText('储备入库 → 批复立项')).toBeTruthy();
  });

  it('advances to the next status only, sending the version it read', async () => {
    let sent: Record<string, unknown> | undefined;
    renderAt('/projects/p-1', [
      noChangeLog,
      {
        request: { query: ProjectDetailQuery, variables: { id: 'p-1' } },
        result: { data: { project: projectDetail() } },
        maxUsageCount: 3,
      },
      {
        request: { query: AdvanceProjectStatusMutation, variables: () => true },
        result: (variables) => {
          sent = variables;
          return {
            data: {
              advanceProjectStatus: {
                __typename: 'Project',
                id: 'p-1',
                status: 'COMPLETED',
                nextStatus: 'ACCEPTED',
                version: 5,
              },
            },
          };
        },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: '推进到「完工」' }));
    expect(await screen.findByText(/确认将项目状态由「开工」推进到「完工」/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() =>
      expect(sent).toEqual({
        input: {
          id: 'p-1',
          version: 4,
          to: 'COMPLETED',
          effectiveOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          note: null,
        },
      }),
    );
  });

  it('keeps the dialog open with the server’s reason when a step is refused', async () => {
    renderAt('/projects/p-1', [
      noChangeLog,
      {
        request: { query: ProjectDetailQuery, variables: { id: 'p-1' } },
        result: { data: { project: projectDetail({ status: 'APPROVED', nextStatus: 'STARTED' }) } },
      },
      {
        request: { query: AdvanceProjectStatusMutation, variables: () => true },
        result: {
          errors: [{ message: '项目尚未安排资金，不能开工', extensions: { code: 'CONFLICT', reason: 'NOT_FUNDED' } }],
        },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: '推进到「开工」' }));
    fireEvent.click(await screen.findByRole('button', { name: /确\s*定|OK/ }));
    expect(await screen.findByText('项目尚未安排资金，不能开工')).toBeTruthy();
    expect(screen.queryByText('记录已被他人修改')).toBeNull();
    expect(screen.getByText(/确认将项目状态由「批复立项」推进到「开工」/)).toBeTruthy();
  });
});
