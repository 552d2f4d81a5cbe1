import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TownsQuery } from '../../lib/places.graphql';
import { expectExport, startExportSpy, withExport } from '../../test/exports';
import { towns, yinghu } from '../../test/fixtures';
import { type Mock, renderAt } from '../../test/render';
import { monitoringAuditor, monitoringClerk, viewer } from '../../test/viewers';
import { MonitoringWarningListQuery } from './monitoring.graphql';

const place = {
  town: { __typename: 'Town', code: yinghu.code, name: yinghu.name },
  village: { __typename: 'Village', code: '610902102201', name: '大明村' },
};

const warnings: Mock = {
  request: { query: MonitoringWarningListQuery, variables: { filter: {}, first: 20, after: null } },
  result: {
    data: {
      monitoringWarnings: {
        __typename: 'MonitoringWarningConnection',
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [
          {
            __typename: 'MonitoringWarningEdge',
            cursor: 'w1',
            node: {
              __typename: 'MonitoringWarning',
              id: 'INCOME_BELOW_LINE:h-1',
              rule: 'INCOME_BELOW_LINE',
              message: '农户 6109021022010004 2025 年人均纯收入 6010.50 元，低于当年监测线 8000.00 元，尚未纳入监测',
              since: '2026-03-31',
              days: 243,
              stepCode: null,
              dueOn: null,
              year: 2025,
              netIncomePerPerson: '6010.50',
              monitoringLine: '8000.00',
              ...place,
              household: { __typename: 'Household', id: 'h-1', code: '6109021022010004', headName: '徐亮卫' },
              monitoringCase: null,
            },
          },
          {
            __typename: 'MonitoringWarningEdge',
            cursor: 'w2',
            node: {
              __typename: 'MonitoringWarning',
              id: 'STEP_OVERDUE:c-7',
              rule: 'STEP_OVERDUE',
              message: '案件 JC2026-00154「村级公示」应于 2026-11-25 前办结，已超时 4 天',
              since: '2026-11-26',
              days: 3,
              stepCode: 'VILLAGE_NOTICE',
              dueOn: '2026-11-25',
              year: null,
              netIncomePerPerson: null,
              monitoringLine: null,
              ...place,
              household: { __typename: 'Household', id: 'h-7', code: '6109021022010007', headName: '苏铭航' },
              monitoringCase: { __typename: 'MonitoringCase', id: 'c-7', code: 'JC2026-00154', status: 'IDENTIFYING' },
            },
          },
        ],
      },
    },
  },
  maxUsageCount: 3,
};
const townsMock: Mock = {
  request: { query: TownsQuery },
  result: { data: { towns: [...towns, yinghu] } },
  maxUsageCount: 5,
};

describe('预警', () => {
  it('lists what the rules raised; a low-income household is taken into monitoring from its row', async () => {
    renderAt('/monitoring/warnings', [warnings, townsMock], { viewer: monitoringClerk });
    const income = (await screen.findByText(/低于当年监测线 8000.00 元/)).closest('tr') as HTMLElement;
    expect(within(income).getByText('收入低于监测线')).toBeTruthy();
    expect(within(income).getByText('243 天')).toBeTruthy();
    const overdue = screen.getByText(/已超时 4 天/).closest('tr') as HTMLElement;
    expect(within(overdue).getByRole('link', { name: '查看案件' }).getAttribute('href')).toBe('/monitoring/cases/c-7');
    expect(within(overdue).queryByRole('button', { name: '发起监测' })).toBeNull();

    fireEvent.click(within(income).getByRole('button', { name: '发起监测' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('发起监测：徐亮卫户')).toBeTruthy();
    // Prefilled from the warning.
    expect(within(dialog).getByText('平台监测分析')).toBeTruthy();
    expect(within(dialog).getByText('收入骤减')).toBeTruthy();
    expect((within(dialog).getByLabelText('风险情况') as HTMLTextAreaElement).value).toBe(
      '2025 年人均纯收入 6010.50 元，低于当年监测线 8000.00 元',
    );
    // 绿色通道 only for 突发严重困难户.
    expect(within(dialog).queryByText('绿色通道')).toBeNull();
  });

  it('导出 Excel sends the list’s filter', async () => {
    const spy = startExportSpy();
    renderAt('/monitoring/warnings', [warnings, townsMock, spy.mock], { viewer: withExport(monitoringAuditor) });
    await expectExport(spy, 'MONITORING_WARNINGS', { filter: {} });
  });

  it('offers no 发起监测 to a reader', async () => {
    renderAt('/monitoring/warnings', [warnings, townsMock], { viewer: monitoringAuditor });
    const income = (await screen.findByText(/低于当年监测线 8000.00 元/)).closest('tr') as HTMLElement;
    expect(within(income).queryByRole('button', { name: '发起监测' })).toBeNull();
    expect(within(income).getByRole('link', { name: '查看农户' })).toBeTruthy();
  });
});

describe('the 防返贫监测 menu follows the permissions', () => {
  const menu = () => screen.getAllByRole('menu')[0];

  it('lists the four pages for a clerk of the module', async () => {
    renderAt('/monitoring/warnings', [warnings, townsMock], { viewer: monitoringClerk });
    await screen.findByText(/低于当年监测线 8000.00 元/);
    for (const item of ['监测户台账', '预警', '案件看板', '监测案件']) {
      expect(within(menu()).getByText(item)).toBeTruthy();
    }
  });

  it('is not there without the module’s permissions, and its pages say 无权访问', async () => {
    renderAt('/monitoring/board', [], { viewer: viewer({ permissions: ['project:read', 'fund:read'] }) });
    expect(await screen.findByText('无权访问')).toBeTruthy();
    expect(within(menu()).queryByText('防返贫监测')).toBeNull();
  });
});
