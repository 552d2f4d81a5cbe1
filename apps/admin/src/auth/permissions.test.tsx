import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AuditLogQuery } from '../pages/audit/audit.graphql';
import { FundSourceOptionsQuery } from '../pages/funds/funds.graphql';
import {
  ProjectDetailQuery,
  ProjectFundSourceOptionsQuery,
  ProjectListQuery,
  TownsQuery,
} from '../pages/projects/projects.graphql';
import { listMock } from '../test/disbursementFixtures';
import { fundSourceOptions, towns, yinghu } from '../test/fixtures';
import { projectDetail } from '../test/projectDetailFixture';
import { type Mock, renderAt } from '../test/render';
import { auditor, districtAdmin, townClerk } from '../test/viewers';

const emptyList: Mock = {
  request: { query: ProjectListQuery, variables: () => true },
  result: {
    data: {
      projects: {
        __typename: 'ProjectConnection',
        totalCount: 0,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [],
      },
    },
  },
  maxUsageCount: 5,
};
const listMocks: Mock[] = [
  emptyList,
  { request: { query: TownsQuery }, result: { data: { towns: [...towns, yinghu] } }, maxUsageCount: 5 },
  {
    request: { query: ProjectFundSourceOptionsQuery },
    result: { data: { fundSources: fundSourceOptions } },
    maxUsageCount: 5,
  },
];
const detailMocks: Mock[] = [
  { request: { query: ProjectDetailQuery, variables: { id: 'p-1' } }, result: { data: { project: projectDetail() } } },
  {
    request: { query: AuditLogQuery, variables: () => true },
    result: {
      data: {
        auditLog: {
          __typename: 'AuditEntryConnection',
          totalCount: 0,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: [],
        },
      },
    },
  },
];
const fundsMocks: Mock[] = [
  listMock,
  {
    request: { query: FundSourceOptionsQuery, variables: { year: 2021 } },
    result: { data: { fundSources: fundSourceOptions } },
    maxUsageCount: 5,
  },
];

const menu = () => screen.getAllByRole('menu')[0];

describe('menus and buttons follow the viewer’s permissions', () => {
  it('a district administrator sees 系统管理 with all three pages, and every write button', async () => {
    renderAt('/projects', listMocks, { viewer: districtAdmin });
    expect(await screen.findByRole('button', { name: /新建项目/ })).toBeTruthy();
    fireEvent.click(within(menu()).getByText('系统管理'));
    expect(await within(menu()).findByText('用户管理')).toBeTruthy();
    expect(within(menu()).getByText('接口令牌')).toBeTruthy();
    expect(within(menu()).getByText('审计日志')).toBeTruthy();
  });

  it('an auditor reads but has no write buttons, and of 系统管理 only 审计日志', async () => {
    renderAt('/projects', listMocks, { viewer: auditor });
    expect(await screen.findByText('项目库', { selector: 'h4' })).toBeTruthy();
    await waitFor(() => expect(screen.getAllByText('暂无数据').length).toBeGreaterThan(0));
    expect(screen.queryByRole('button', { name: /新建项目/ })).toBeNull();
    fireEvent.click(within(menu()).getByText('系统管理'));
    expect(await within(menu()).findByText('审计日志')).toBeTruthy();
    expect(within(menu()).queryByText('用户管理')).toBeNull();
    expect(within(menu()).queryByText('接口令牌')).toBeNull();
  });

  it('an auditor’s project page has no 编辑 or 推进 but does have 变更记录', async () => {
    renderAt('/projects/p-1', detailMocks, { viewer: auditor });
    expect(await screen.findByRole('heading', { name: /中心村茶园提升/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /编\s*辑/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /推进到/ })).toBeNull();
    expect(await screen.findByText('变更记录')).toBeTruthy();
  });

  it('a town clerk edits her projects but has no 变更记录 without audit:read', async () => {
    renderAt('/projects/p-1', detailMocks, { viewer: townClerk });
    expect(await screen.findByRole('button', { name: /编\s*辑/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: '推进到「完工」' })).toBeTruthy();
    expect(screen.queryByText('变更记录')).toBeNull();
  });

  it('登记支出 and 冲销 need fund:write', async () => {
    const { unmount } = renderAt('/funds?tab=disbursements', fundsMocks, { viewer: districtAdmin });
    expect(await screen.findByText('PZ-2021-0001')).toBeTruthy();
    expect(screen.getByRole('button', { name: /登记支出/ })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /冲\s*销/ }).length).toBeGreaterThan(0);
    unmount();

    renderAt('/funds?tab=disbursements', fundsMocks, { viewer: auditor });
    expect(await screen.findByText('PZ-2021-0001')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /登记支出/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /冲\s*销/ })).toBeNull();
  });

  it('a town clerk’s town filter offers her town only, and 系统管理 is not there', async () => {
    renderAt('/projects', listMocks, { viewer: townClerk });
    await screen.findByRole('button', { name: /新建项目/ });
    expect(within(menu()).queryByText('系统管理')).toBeNull();
    const picker = screen.getByText('镇办 / 村').closest('.ant-select') as HTMLElement;
    fireEvent.mouseDown(within(picker).getByRole('combobox'));
    await waitFor(() => expect(document.querySelectorAll('.ant-cascader-menu-item').length).toBeGreaterThan(0));
    const items = [...document.querySelectorAll('.ant-cascader-menu-item')].map((i) => i.textContent?.trim());
    expect(items).toEqual(['瀛湖镇']);
  });

  it('a page outside the viewer’s permissions says 无权访问', async () => {
    renderAt('/system/users', [], { viewer: townClerk });
    expect(await screen.findByText('无权访问')).toBeTruthy();
    expect(screen.getByText(/没有访问此页面的权限/)).toBeTruthy();
  });

  it('so does a project form for a viewer without project:write', async () => {
    renderAt('/projects/new', [], { viewer: auditor });
    expect(await screen.findByText('无权访问')).toBeTruthy();
  });
});

describe('a project outside the clerk’s town', () => {
  it('shows 项目不存在 (the API answers null for it)', async () => {
    renderAt(
      '/projects/p-laocheng',
      [
        {
          request: { query: ProjectDetailQuery, variables: { id: 'p-laocheng' } },
          result: { data: { project: null } },
        },
      ],
      { viewer: townClerk },
    );
    expect(await screen.findByText(/项目不存在/)).toBeTruthy();
  });

  it('shows 无权访问 when the API refuses it as out of scope', async () => {
    renderAt(
      '/projects/p-laocheng',
      [
        {
          request: { query: ProjectDetailQuery, variables: { id: 'p-laocheng' } },
          result: {
            errors: [{ message: '超出您的管辖范围', extensions: { code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' } }],
          },
        },
      ],
      { viewer: townClerk },
    );
    expect(await screen.findByText('无权访问')).toBeTruthy();
    expect(screen.getByText('超出您的管辖范围')).toBeTruthy();
  });
});
