import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TownsQuery } from '../../lib/places.graphql';
import { towns, yinghu } from '../../test/fixtures';
import { householdDetail, householdRow, member } from '../../test/monitoringFixtures';
import { type Mock, renderAt } from '../../test/render';
import { monitoringAdmin, monitoringAuditor, monitoringClerk } from '../../test/viewers';
import { HouseholdDetailQuery, HouseholdListQuery, RevealIdNumberMutation } from './households.graphql';

const townsMock: Mock = {
  request: { query: TownsQuery },
  result: { data: { towns: [...towns, yinghu] } },
  maxUsageCount: 5,
};

const list = (filter: Record<string, unknown>, ...nodes: ReturnType<typeof householdRow>[]): Mock => ({
  request: { query: HouseholdListQuery, variables: { filter, first: 20, after: null } },
  result: {
    data: {
      households: {
        __typename: 'HouseholdConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: 'HouseholdEdge', cursor: `c-${node.id}`, node })),
      },
    },
  },
  maxUsageCount: 3,
});

const monitored = householdRow('h-2', '6109021022010005', '程菊香', {
  openCase: { __typename: 'MonitoringCase', id: 'c-9', code: 'JC2026-00009', status: 'MONITORING' },
});

describe('监测户台账', () => {
  it('lists households with their place, category, size and monitoring state', async () => {
    renderAt(
      '/monitoring/households',
      [list({}, householdRow('h-1', '6109021022010004', '徐亮卫'), monitored), townsMock],
      {
        viewer: monitoringClerk,
      },
    );
    const row = (await screen.findByText('徐亮卫')).closest('tr') as HTMLElement;
    expect(within(row).getByRole('link', { name: '6109021022010004' }).getAttribute('href')).toBe(
      '/monitoring/households/h-1',
    );
    expect(within(row).getByText('瀛湖镇 / 大明村 · 二组')).toBeTruthy();
    expect(within(row).getByText('脱贫户')).toBeTruthy();
    expect(within(row).getByText('未在监测')).toBeTruthy();
    const other = screen.getByText('程菊香').closest('tr') as HTMLElement;
    expect(within(other).getByText('已纳入监测（帮扶中）')).toBeTruthy();
    expect(screen.getByRole('button', { name: /新建农户/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /导\s*入/ }).getAttribute('href')).toBe('/monitoring/households/import');
  });

  it('imports households and members from the template, never from the masked export', async () => {
    renderAt('/monitoring/households/import', [], { viewer: monitoringClerk });
    expect(await screen.findByRole('link', { name: /下载导入模板/ }, { timeout: 10_000 })).toHaveProperty(
      'href',
      expect.stringMatching(/\/api\/imports\/templates\/HOUSEHOLDS\.xlsx$/),
    );
    expect(screen.getByText(/导出的台账中身份证号已脱敏，不能直接导入/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: '导入农户及家庭成员' })).toBeTruthy();
  });

  it('offers no import to those who may only read the register', async () => {
    const { unmount } = renderAt(
      '/monitoring/households',
      [list({}, householdRow('h-1', '6109021022010004', '徐亮卫')), townsMock],
      {
        viewer: monitoringAuditor,
      },
    );
    await screen.findByText('徐亮卫');
    expect(screen.queryByRole('link', { name: /导\s*入/ })).toBeNull();
    unmount();
    renderAt('/monitoring/households/import', [], { viewer: monitoringAuditor });
    expect(await screen.findByText('无权访问')).toBeTruthy();
  });

  it('searches by ID number only with a complete, valid number, kept out of the URL', async () => {
    const { router } = renderAt(
      '/monitoring/households',
      [
        list({}, householdRow('h-1', '6109021022010004', '徐亮卫'), monitored),
        list({ idNumber: '11010519491231002X' }, monitored),
        townsMock,
      ],
      { viewer: monitoringClerk },
    );
    await screen.findByText('徐亮卫');
    const field = screen.getByLabelText('按身份证号查找');
    fireEvent.change(field, { target: { value: '6109021949' } });
    fireEvent.click(screen.getAllByRole('button', { name: /查\s*询/ }).at(-1) as HTMLElement);
    // The hint under the field turns into the error: nothing was asked of the API.
    await waitFor(() =>
      expect(
        screen
          .getAllByText('请输入完整的 18 位身份证号，不支持部分号码查询')
          .some((el) => el.closest('.ant-form-item-explain-error')),
      ).toBe(true),
    );
    expect(screen.getByText('徐亮卫')).toBeTruthy();

    fireEvent.change(field, { target: { value: '11010519491231002x' } });
    fireEvent.click(screen.getAllByRole('button', { name: /查\s*询/ }).at(-1) as HTMLElement);
    expect(await screen.findByText('正在按身份证号查找，其他筛选条件暂不生效。')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('徐亮卫')).toBeNull());
    expect(screen.getByText('程菊香')).toBeTruthy();
    expect(router.state.location.search).not.toContain('1101');
  });
});

describe('农户详情', () => {
  const detail = (extra: Record<string, unknown> = {}): Mock => ({
    request: { query: HouseholdDetailQuery, variables: { id: 'h-1' } },
    result: { data: { household: householdDetail(extra) } },
    maxUsageCount: 3,
  });

  it('masks ID numbers and the phone; 查看 only with pii:reveal; health only when the API sends it', async () => {
    const { unmount } = renderAt('/monitoring/households/h-1', [detail()], { viewer: monitoringClerk });
    const members = (await screen.findByText('家庭成员')).closest('.ant-card') as HTMLElement;
    expect(within(members).getAllByText('610902********4598')).toHaveLength(2);
    expect(within(members).queryByRole('button', { name: /查看.*身份证号/ })).toBeNull();
    expect(within(members).queryAllByText('健康状况')).toHaveLength(0);
    expect(screen.getByText('178****0851')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '查看联系电话' })).toBeNull();
    // The yearly figures: exact amounts, below the line, a guarantee missing.
    const years = screen.getByText('年度收入与保障').closest('.ant-card') as HTMLElement;
    expect(within(years).getByText('低于监测线')).toBeTruthy();
    expect(within(years).getByText('4,210.33')).toBeTruthy();
    expect(within(years).getByText('医疗✗')).toBeTruthy();
    expect(screen.getByRole('button', { name: '发起监测' })).toBeTruthy();
    unmount();

    renderAt(
      '/monitoring/households/h-1',
      [detail({ members: [member('p-1', '徐亮卫', { health: 'CHRONIC_ILLNESS' })] })],
      { viewer: monitoringAdmin },
    );
    const withHealth = (await screen.findByText('家庭成员')).closest('.ant-card') as HTMLElement;
    expect(within(withHealth).getAllByText('健康状况').length).toBeGreaterThan(0);
    expect(within(withHealth).getByText('长期慢性病')).toBeTruthy();
    expect(within(withHealth).getByRole('button', { name: '查看徐亮卫的身份证号' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '查看联系电话' })).toBeTruthy();
  });

  it('reveals an ID number for a stated purpose', async () => {
    renderAt(
      '/monitoring/households/h-1',
      [
        detail({ members: [member('p-1', '徐亮卫')] }),
        {
          request: { query: RevealIdNumberMutation, variables: { personId: 'p-1', purpose: '办理医保参保核对' } },
          result: { data: { revealIdNumber: '11010519491231002X' } },
        },
      ],
      { viewer: monitoringAdmin },
    );
    fireEvent.click(await screen.findByRole('button', { name: '查看徐亮卫的身份证号' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/身份证号属于敏感个人信息/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('查看事由'), { target: { value: '办理医保参保核对' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /查\s*看/ }));
    expect((await screen.findByTestId('revealed-id-number')).textContent).toContain('11010519491231002X');
  });

  it('disables 发起监测 while the household has an open case', async () => {
    renderAt(
      '/monitoring/households/h-1',
      [detail({ openCase: { __typename: 'MonitoringCase', id: 'c-9', code: 'JC2026-00009', status: 'IDENTIFYING' } })],
      { viewer: monitoringClerk },
    );
    const button = await screen.findByRole('button', { name: '发起监测' });
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('link', { name: 'JC2026-00009' })).toBeTruthy();
  });
});
