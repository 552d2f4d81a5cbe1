import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TownsQuery } from '../../lib/places.graphql';
import { expectExport, startExportSpy, withExport } from '../../test/exports';
import { towns } from '../../test/fixtures';
import { projectDetail } from '../../test/projectDetailFixture';
import { type Mock, renderAt } from '../../test/render';
import { auditor } from '../../test/viewers';
import { ProjectDetailQuery } from '../projects/projects.graphql';
import { AuditCatalogQuery, AuditLogQuery } from './audit.graphql';

interface Entry {
  [key: string]: unknown;
  id: string;
}

const update: Entry = {
  __typename: 'AuditEntry' as const,
  id: '41',
  at: '2026-11-29T02:30:00.000Z',
  actorKind: 'USER',
  actorName: '李镇办（yinghu）',
  action: 'project.update',
  actionLabel: '修改项目',
  entityType: 'project',
  entityTypeLabel: '项目',
  entityId: 'p-1',
  before: { name: '中心村茶园提升', tasks: '新建茶园 150 亩', version: 3 },
  after: { name: '中心村茶园提升', tasks: '新建茶园 200 亩', version: 4 },
  details: null,
  requestId: 'req-41',
  ip: '10.0.0.8',
};
const signIn: Entry = {
  ...update,
  id: '40',
  action: 'auth.sign_in',
  actionLabel: '登录',
  entityType: 'user',
  entityTypeLabel: '用户',
  entityId: 'u-yinghu',
  before: null,
  after: null,
  details: { username: 'yinghu' },
};

const page = (filter: Record<string, unknown>, entries: Entry[], first = 20): Mock => ({
  request: { query: AuditLogQuery, variables: { filter, first, after: null } },
  result: {
    data: {
      auditLog: {
        __typename: 'AuditEntryConnection',
        totalCount: entries.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: entries.map((node) => ({ __typename: 'AuditEntryEdge', cursor: `c-${node.id}`, node })),
      },
    },
  },
  maxUsageCount: 3,
});

// An import, named as the API names it: the admin keeps no list of actions of its own.
const committed: Entry = {
  ...update,
  id: '42',
  action: 'import.committed',
  actionLabel: '导入数据',
  entityType: 'import',
  entityTypeLabel: '导入批次',
  entityId: 'b-7',
  before: null,
  after: null,
  details: { dataset: 'PROJECTS', created: 3 },
};

const townsMock: Mock = { request: { query: TownsQuery }, result: { data: { towns } }, maxUsageCount: 5 };
const catalogMock: Mock = {
  request: { query: AuditCatalogQuery },
  result: {
    data: {
      auditActions: [
        { __typename: 'AuditActionInfo', code: 'project.update', label: '修改项目' },
        { __typename: 'AuditActionInfo', code: 'work_team_member.add', label: '队员到岗' },
        { __typename: 'AuditActionInfo', code: 'import.committed', label: '导入数据' },
      ],
      auditEntityTypes: [
        { __typename: 'AuditEntityTypeInfo', code: 'project', label: '项目' },
        { __typename: 'AuditEntityTypeInfo', code: 'work_team', label: '驻村工作队' },
      ],
    },
  },
  maxUsageCount: 5,
};

describe('审计日志', () => {
  it('lists entries with who, what and which record, and filters through the URL', async () => {
    const { router } = renderAt(
      '/system/audit?from=2026-11-01&to=2026-11-30&type=project',
      [
        page({ from: '2026-11-01', to: '2026-11-30', entityType: 'project' }, [update]),
        page({ from: '2026-11-01', to: '2026-11-30', entityType: 'project', actorName: '李' }, [update]),
        townsMock,
        catalogMock,
      ],
      { viewer: auditor },
    );
    const row = (await screen.findByText('修改项目')).closest('tr') as HTMLElement;
    expect(within(row).getByText('李镇办（yinghu）')).toBeTruthy();
    expect(within(row).getByRole('link', { name: '项目 p-1' }).getAttribute('href')).toBe('/projects/p-1');
    expect(within(row).getByText('建设任务')).toBeTruthy();

    const actor = screen.getByLabelText('操作人姓名');
    fireEvent.change(actor, { target: { value: '李' } });
    fireEvent.keyDown(actor, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('actor')).toBe('李'));
  });

  it('导出 Excel sends the list’s filter', async () => {
    const spy = startExportSpy();
    renderAt(
      '/system/audit?type=project',
      [page({ entityType: 'project' }, [update]), townsMock, catalogMock, spy.mock],
      {
        viewer: withExport(auditor),
      },
    );
    await expectExport(spy, 'AUDIT_LOG', { filter: { entityType: 'project' } });
  });

  it('shows an entry’s before and after as a diff of the changed fields', async () => {
    renderAt('/system/audit', [page({}, [update, signIn]), townsMock, catalogMock], { viewer: auditor });
    const row = (await screen.findByText('修改项目')).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: /详\s*情/ }));
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('req-41')).toBeTruthy();
    const diff = within(drawer).getByText('建设任务').closest('tr') as HTMLElement;
    expect(within(diff).getByText('新建茶园 150 亩')).toBeTruthy();
    expect(within(diff).getByText('新建茶园 200 亩')).toBeTruthy();
    // Unchanged fields are hidden until asked for.
    expect(within(drawer).queryByText('中心村茶园提升')).toBeNull();
    fireEvent.click(within(drawer).getByRole('switch', { name: '只看变更' }));
    expect(within(drawer).getAllByText('中心村茶园提升')).toHaveLength(2);
  });

  it('shows a sign-in’s details when it changed no record', async () => {
    renderAt('/system/audit', [page({}, [signIn]), townsMock, catalogMock], { viewer: auditor });
    const row = (await screen.findByText('登录')).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: /详\s*情/ }));
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText(/"username": "yinghu"/)).toBeTruthy();
    expect(within(drawer).queryByText('变更内容')).toBeNull();
  });

  it('names each entry’s action and record type as the API does, the code beside the name', async () => {
    renderAt('/system/audit', [page({}, [committed]), townsMock, catalogMock], { viewer: auditor });
    const row = (await screen.findByText('导入数据')).closest('tr') as HTMLElement;
    expect(within(row).getByText('导入批次 b-7')).toBeTruthy();
    expect(within(row).queryByText('import.committed')).toBeNull();
    fireEvent.click(within(row).getByRole('button', { name: /详\s*情/ }));
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getAllByText('导入数据').length).toBeGreaterThan(0);
    expect(within(drawer).getByText('import.committed')).toBeTruthy();
  });

  it('offers the actions and record types the API names in the filters', async () => {
    const { router } = renderAt(
      '/system/audit?type=work_team',
      [
        page({ entityType: 'work_team' }, []),
        page({ entityType: 'work_team', action: 'work_team_member.add' }, []),
        townsMock,
        catalogMock,
      ],
      { viewer: auditor },
    );
    const type = screen.getByLabelText('对象类型').closest('.ant-select') as HTMLElement;
    expect(await within(type).findByText('驻村工作队')).toBeTruthy();

    const action = screen.getByLabelText('动作');
    fireEvent.change(action, { target: { value: '到岗' } });
    fireEvent.click(await screen.findByText('队员到岗（work_team_member.add）'));
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('action')).toBe('work_team_member.add'),
    );
  });
});

describe('a project’s 变更记录', () => {
  it('lists the project’s audit entries for a viewer with audit:read, linking to the full log', async () => {
    renderAt(
      '/projects/p-1',
      [
        {
          request: { query: ProjectDetailQuery, variables: { id: 'p-1' } },
          result: { data: { project: projectDetail() } },
        },
        page({ entityType: 'project', entityId: 'p-1' }, [update]),
      ],
      { viewer: auditor },
    );
    const section = (await screen.findByText('变更记录')).closest('.ant-card') as HTMLElement;
    expect(await within(section).findByText('修改项目')).toBeTruthy();
    expect(within(section).getByText('建设任务')).toBeTruthy();
    expect(
      within(section)
        .getByRole('link', { name: /在审计日志中查看全部/ })
        .getAttribute('href'),
    ).toBe('/system/audit?type=project&entity=p-1');
  });
});
