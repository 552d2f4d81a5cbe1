// Viewers as MeQuery returns them, for the tests' signed-in user.
import type { ViewerFieldsFragment } from '../gql/graphql';

const ALL = ['project:write', 'fund:write', 'user:manage', 'token:manage', 'audit:read', 'pii:reveal'];

export function viewer(overrides: Partial<ViewerFieldsFragment> = {}): ViewerFieldsFragment {
  return {
    __typename: 'Viewer',
    name: '张区管',
    role: 'DISTRICT_ADMIN',
    permissions: ['place:read', 'project:read', 'fund:read', 'summary:read', ...ALL],
    mustChangePassword: false,
    sessionExpiresAt: '2099-01-01T00:00:00.000Z',
    idleTimeoutSeconds: 1800,
    user: { __typename: 'User', id: 'u-admin', username: 'admin', displayName: '张区管' },
    town: null,
    ...overrides,
  };
}

/** 区级管理员: every permission. */
export const districtAdmin = viewer();

/** 瀛湖镇's clerk: projects and payments of her town, nothing of 系统管理. */
export const townClerk = viewer({
  name: '李镇办',
  role: 'TOWN_STAFF',
  permissions: ['place:read', 'project:read', 'fund:read', 'summary:read', 'project:write', 'fund:write'],
  user: { __typename: 'User', id: 'u-yinghu', username: 'yinghu', displayName: '李镇办' },
  town: { __typename: 'Town', code: '610902102', name: '瀛湖镇' },
});

/** 审计/督查: reads everything, writes nothing, reads the audit trail. */
export const auditor = viewer({
  name: '王审计',
  role: 'AUDITOR',
  permissions: ['place:read', 'project:read', 'fund:read', 'summary:read', 'audit:read'],
  user: { __typename: 'User', id: 'u-auditor', username: 'auditor', displayName: '王审计' },
});

// The monitoring module's permissions, as the API's roles hold them (identity.enums.ts).
const MONITORING_READ = ['household:read', 'monitoring:read', 'health:read'];
const MONITORING_WORK = ['household:write', 'monitoring:write'];

/** 区级管理员 with the monitoring module: everything, 区级审定 included. */
export const monitoringAdmin = viewer({
  permissions: [...districtAdmin.permissions, ...MONITORING_READ, ...MONITORING_WORK, 'monitoring:approve'],
});

/** 瀛湖镇's clerk with the monitoring module: her town's households and cases, no 区级审定, no reveal. */
export const monitoringClerk = viewer({
  ...townClerk,
  permissions: [...townClerk.permissions, ...MONITORING_READ, ...MONITORING_WORK],
});

/** 审计/督查 with the monitoring module: reads, writes nothing. */
export const monitoringAuditor = viewer({
  ...auditor,
  permissions: [...auditor.permissions, ...MONITORING_READ],
});

// The industry module's permissions, as the API's roles hold them (identity.enums.ts): every staff
// role reads; district staff and town clerks write parks; enterprises are the district's alone.
const INDUSTRY_READ = ['industry:read', 'household:read'];

/** 区级管理员 with the industry module, East–West enterprises included. */
export const industryAdmin = viewer({
  permissions: [...districtAdmin.permissions, ...INDUSTRY_READ, 'industry:write', 'household:write', 'east-west:write'],
});

/** 瀛湖镇's clerk with the industry module: her town's parks and links; reads the enterprises only. */
export const industryClerk = viewer({
  ...townClerk,
  permissions: [...townClerk.permissions, ...INDUSTRY_READ, 'industry:write', 'household:write'],
});

/** 审计/督查 with the industry module: reads, writes nothing. */
export const industryAuditor = viewer({
  ...auditor,
  permissions: [...auditor.permissions, ...INDUSTRY_READ],
});

/** A reader of parks without the household register: the households of benefit links stay hidden. */
export const industryReader = viewer({
  ...auditor,
  name: '赵合作',
  permissions: ['place:read', 'project:read', 'summary:read', 'industry:read'],
});
