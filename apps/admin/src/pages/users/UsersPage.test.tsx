import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TownsQuery } from '../../lib/places.graphql';
import { expectExport, startExportSpy, withExport } from '../../test/exports';
import { towns, yinghu } from '../../test/fixtures';
import { type Mock, renderAt } from '../../test/render';
import { districtAdmin, viewer } from '../../test/viewers';
import { CreateUserMutation, RevealUserPhoneMutation, UnlockUserMutation, UserListQuery } from './users.graphql';

function user(id: string, username: string, displayName: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'User' as const,
    id,
    username,
    displayName,
    role: 'TOWN_STAFF',
    town: { __typename: 'Town' as const, code: yinghu.code, name: yinghu.name },
    phone: '138****0003',
    disabled: false,
    mustChangePassword: false,
    lockedUntil: null,
    lastSignInAt: '2026-11-28T01:00:00.000Z',
    createdAt: '2026-11-01T00:00:00.000Z',
    version: 3,
    ...extra,
  };
}

const list = (filter: Record<string, unknown>, ...nodes: ReturnType<typeof user>[]): Mock => ({
  request: { query: UserListQuery, variables: { filter, first: 20, after: null } },
  result: {
    data: {
      users: {
        __typename: 'UserConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node) => ({ __typename: 'UserEdge', cursor: `c-${node.id}`, node })),
      },
    },
  },
  maxUsageCount: 3,
});

async function pick(select: HTMLElement, option: string) {
  fireEvent.mouseDown(select);
  const matches = await screen.findAllByText(option);
  fireEvent.click(matches[matches.length - 1]);
}

const townsMock: Mock = {
  request: { query: TownsQuery },
  result: { data: { towns: [...towns, yinghu] } },
  maxUsageCount: 5,
};
const locked = user('u2', 'laocheng', '老城街道工作人员', {
  lockedUntil: '2099-01-01T08:30:00.000Z',
  town: { __typename: 'Town', code: '610902001', name: '老城街道' },
});

describe('用户管理', () => {
  it('lists users with masked phones, status, and 解锁 only for a locked one', async () => {
    renderAt('/system/users', [list({}, user('u1', 'yinghu', '瀛湖镇工作人员'), locked), townsMock]);
    const row = (await screen.findByText('yinghu')).closest('tr') as HTMLElement;
    expect(within(row).getByText('138****0003')).toBeTruthy();
    expect(within(row).getByText('镇办工作人员')).toBeTruthy();
    expect(within(row).getByText('正常')).toBeTruthy();
    expect(within(row).queryByRole('button', { name: /解\s*锁/ })).toBeNull();
    const lockedRow = screen.getByText('laocheng').closest('tr') as HTMLElement;
    expect(within(lockedRow).getByText(/^锁定至/)).toBeTruthy();
    expect(within(lockedRow).getByRole('button', { name: /解\s*锁/ })).toBeTruthy();
  });

  it('导出 Excel sends the list’s filter', async () => {
    const spy = startExportSpy();
    renderAt('/system/users?role=TOWN_STAFF', [list({ role: 'TOWN_STAFF' }), townsMock, spy.mock], {
      viewer: withExport(districtAdmin),
    });
    await expectExport(spy, 'USERS', { filter: { role: 'TOWN_STAFF' } });
  });

  it('unlocks after confirmation', async () => {
    let unlocked = false;
    renderAt('/system/users', [
      list({}, locked),
      townsMock,
      {
        request: { query: UnlockUserMutation, variables: { id: 'u2' } },
        result: () => {
          unlocked = true;
          return { data: { unlockUser: { ...locked, lockedUntil: null, version: 4 } } };
        },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: /解\s*锁/ }));
    fireEvent.click(await screen.findByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() => expect(unlocked).toBe(true));
    expect(await screen.findByText('已解除锁定')).toBeTruthy();
  });

  it('reveals a phone only with a stated purpose, and shows it for a short while', async () => {
    renderAt('/system/users', [
      list({}, user('u1', 'yinghu', '瀛湖镇工作人员')),
      townsMock,
      {
        request: { query: RevealUserPhoneMutation, variables: { id: 'u1', purpose: '核实账号归属，需电话联系本人' } },
        result: { data: { revealUserPhone: '13800000003' } },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: /查看手机号/ }));
    expect(await screen.findByText(/查看将记入审计日志/)).toBeTruthy();
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('查看事由'), { target: { value: '核实' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /查\s*看/ }));
    expect(await screen.findByText('事由须为 5–200 个字')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('查看事由'), { target: { value: '核实账号归属，需电话联系本人' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /查\s*看/ }));
    expect((await screen.findByTestId('revealed-phone')).textContent).toContain('13800000003');
    expect(screen.getByText('30 秒后自动隐藏')).toBeTruthy();
  });

  it('offers no 查看 without pii:reveal', async () => {
    const noReveal = viewer({ permissions: ['user:manage'] });
    renderAt('/system/users', [list({}, user('u1', 'yinghu', '瀛湖镇工作人员')), townsMock], { viewer: noReveal });
    expect(await screen.findByText('138****0003')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /查看手机号/ })).toBeNull();
  });

  it('creates a town clerk: the town is required for 镇办工作人员, the password must meet the rule', async () => {
    let sent: unknown;
    renderAt('/system/users', [
      list({}),
      townsMock,
      {
        request: { query: CreateUserMutation, variables: () => true },
        result: (variables) => {
          sent = variables;
          return { data: { createUser: user('u9', 'guanmiao', '关庙镇工作人员') } };
        },
      },
      list({}, user('u9', 'guanmiao', '关庙镇工作人员')),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: /新建用户/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('用户名'), { target: { value: 'guanmiao' } });
    fireEvent.change(within(dialog).getByLabelText('姓名'), { target: { value: '关庙镇工作人员' } });
    await pick(within(dialog).getByLabelText('角色'), '镇办工作人员');
    // 镇办 appears for a town clerk only.
    expect(await within(dialog).findByLabelText('镇办')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('初始密码'), { target: { value: 'guanmiao-2026-X' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定|OK/ }));
    expect(await screen.findByText('镇办工作人员须选择所属镇办')).toBeTruthy();
    expect(screen.getByText('不能包含用户名')).toBeTruthy();

    await pick(within(dialog).getByLabelText('镇办'), '关庙镇');
    fireEvent.change(within(dialog).getByLabelText('初始密码'), { target: { value: 'Guan#Miao-2026' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() =>
      expect(sent).toEqual({
        input: {
          username: 'guanmiao',
          displayName: '关庙镇工作人员',
          role: 'TOWN_STAFF',
          townCode: '610902100',
          phone: null,
          initialPassword: 'Guan#Miao-2026',
        },
      }),
    );
  });
});
