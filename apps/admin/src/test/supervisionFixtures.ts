// Responses of the supervision module as the API sends them (demo-like values), and its viewers.
import dayjs from 'dayjs';
import { yinghu } from './fixtures';
import { auditor, districtAdmin, townClerk, viewer } from './viewers';

/** The bureau's day `offset` days from today, "YYYY-MM-DD". */
export const day = (offset: number) => dayjs().startOf('day').add(offset, 'day').format('YYYY-MM-DD');

export const GROUP_1 = '1c0c9a2e-41f4-4a8e-9d39-0c6a1c1b0001';
export const GROUP_2 = '1c0c9a2e-41f4-4a8e-9d39-0c6a1c1b0002';
export const TASK_1 = '7d2f5a60-2b1c-4f7e-8a51-5f0e6f7a0001';
export const TASK_2 = '7d2f5a60-2b1c-4f7e-8a51-5f0e6f7a0002';

const town = { __typename: 'Town' as const, code: yinghu.code, name: yinghu.name };
const daming = { __typename: 'Village' as const, code: '610902102201', name: '大明村' };
const group = { __typename: 'SupervisionGroup' as const, id: GROUP_1, name: '巩固衔接第一工作组' };

/** A task of 瀛湖镇 / 大明村, assigned 30 days ago with a deadline 10 days ahead. */
export function taskRow(id: string, code: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'SupervisionTask' as const,
    id,
    code,
    status: 'ASSIGNED' as 'ASSIGNED' | 'RECTIFIED' | 'CLOSED',
    finding: '大明村：监测户帮扶措施未落实到位，台账与实际不符',
    foundOn: day(-30),
    assignedUnit: '瀛湖镇乡村振兴工作站',
    deadline: day(10),
    overdue: false,
    rectification: null as string | null,
    rectifiedOn: null as string | null,
    recheckNote: null as string | null,
    recheckedOn: null as string | null,
    failedRechecks: 0,
    closedOn: null as string | null,
    version: 1,
    group,
    town,
    village: daming as typeof daming | null,
    ...overrides,
  };
}

/** The same task reported as rectified, waiting for the re-check. */
export function rectifiedTask(id: string, code: string, overrides: Record<string, unknown> = {}) {
  return taskRow(id, code, {
    status: 'RECTIFIED',
    rectification: '已逐户核实帮扶措施并补齐台账',
    rectifiedOn: day(-5),
    version: 2,
    ...overrides,
  });
}

/** Two of the eight groups: the first over 瀛湖镇 and 关庙镇, the second over 老城街道. */
export const supervisionGroups = [
  {
    __typename: 'SupervisionGroup' as const,
    id: GROUP_1,
    name: '巩固衔接第一工作组',
    leaderName: '王建国',
    towns: [town, { __typename: 'Town' as const, code: '610902100', name: '关庙镇' }],
  },
  {
    __typename: 'SupervisionGroup' as const,
    id: GROUP_2,
    name: '巩固衔接第二工作组',
    leaderName: '刘志强',
    towns: [{ __typename: 'Town' as const, code: '610902001', name: '老城街道' }],
  },
];

const counts = (tasks: number, assigned: number, rectified: number, closed: number, overdue: number) => ({
  tasks,
  assigned,
  rectified,
  closed,
  overdue,
});

/** The summary over the two groups above. */
export const supervisionSummary = {
  __typename: 'SupervisionSummary' as const,
  groups: 8,
  ...counts(60, 22, 9, 29, 7),
  byGroup: [
    { __typename: 'SupervisionGroupCount' as const, group, ...counts(35, 12, 5, 18, 4) },
    {
      __typename: 'SupervisionGroupCount' as const,
      group: { __typename: 'SupervisionGroup' as const, id: GROUP_2, name: '巩固衔接第二工作组' },
      ...counts(25, 10, 4, 11, 3),
    },
  ],
};

// The supervision module's permissions, as the API's roles hold them (identity.enums.ts).
const READ = ['supervision:read', 'summary:read'];

/** 区级管理员: assigns, re-checks, and may also report a rectification. */
export const supervisionAdmin = viewer({
  permissions: [...districtAdmin.permissions, ...READ, 'supervision:write', 'supervision:rectify'],
});

/** 督查审计人员: assigns and re-checks, writes nothing else. */
export const supervisionAuditor = viewer({
  ...auditor,
  permissions: [...auditor.permissions, ...READ, 'supervision:write'],
});

/** 瀛湖镇's clerk: reads her town's tasks and reports their rectification. */
export const supervisionClerk = viewer({
  ...townClerk,
  permissions: [...townClerk.permissions, ...READ, 'supervision:rectify'],
});

/** A reader without any supervision write: no buttons. */
export const supervisionReader = viewer({
  ...auditor,
  name: '赵只读',
  permissions: ['place:read', ...READ],
});
