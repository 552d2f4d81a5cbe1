import { registerEnumType } from 'type-graphql';

/** Who someone is to the system (DOMAIN.md "Who may see what"). */
export enum Role {
  DISTRICT_ADMIN = 'DISTRICT_ADMIN',
  DISTRICT_STAFF = 'DISTRICT_STAFF',
  TOWN_STAFF = 'TOWN_STAFF',
  AUDITOR = 'AUDITOR',
  PARTNER = 'PARTNER',
  BI = 'BI',
}

/** Roles that sign in with a password; the others use API tokens. */
export const STAFF_ROLES = [Role.DISTRICT_ADMIN, Role.DISTRICT_STAFF, Role.TOWN_STAFF, Role.AUDITOR] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export enum TokenKind {
  PARTNER = 'PARTNER',
  BI = 'BI',
}

/** What a partner token may read. */
export enum Dataset {
  PLACES = 'PLACES',
  PROJECTS = 'PROJECTS',
  FUNDS = 'FUNDS',
  /** The household register and monitoring cases, identifiers masked, health withheld. */
  MONITORING = 'MONITORING',
  /** Industrial parks, benefit links (households only with MONITORING too) and East–West enterprises. */
  INDUSTRY = 'INDUSTRY',
  /** Work teams, first secretaries and the coverage report. */
  STATIONING = 'STATIONING',
}

/**
 * What a viewer may do. Resolvers state the permission they need (`@Authorized(P.PROJECT_WRITE)`);
 * roles and token scopes are turned into permissions in one place (`permissionsOf`).
 */
export enum Permission {
  /** Anyone, signed in or not (sign-in itself, `me`). */
  PUBLIC = 'public',
  /** Any signed-in user, even one who must first change the password. */
  SELF = 'self',
  PLACE_READ = 'place:read',
  PROJECT_READ = 'project:read',
  PROJECT_WRITE = 'project:write',
  FUND_READ = 'fund:read',
  /** Record and reverse disbursements. */
  FUND_WRITE = 'fund:write',
  /** Assign money to projects (资金下达): district level. */
  ALLOCATION_WRITE = 'allocation:write',
  FUND_SOURCE_WRITE = 'fund-source:write',
  SUMMARY_READ = 'summary:read',
  USER_MANAGE = 'user:manage',
  TOKEN_MANAGE = 'token:manage',
  AUDIT_READ = 'audit:read',
  PII_REVEAL = 'pii:reveal',
  /** The household register (identifiers masked). */
  HOUSEHOLD_READ = 'household:read',
  HOUSEHOLD_WRITE = 'household:write',
  /** Health details of persons (sensitive under PIPL): staff only, never tokens. */
  HEALTH_READ = 'health:read',
  /** Monitoring cases, warnings and village notices. */
  MONITORING_READ = 'monitoring:read',
  /** Open cases, record the town's steps, assistance, elimination and follow-up visits. */
  MONITORING_WRITE = 'monitoring:write',
  /** Record the district's steps (区级审定). */
  MONITORING_APPROVE = 'monitoring:approve',
  /** Procedure versions, monitoring lines and the working calendar. */
  MONITORING_CONFIG = 'monitoring:config',
  /** Parks, benefit links, East–West enterprises. */
  INDUSTRY_READ = 'industry:read',
  /** Register and edit parks and their links (a town its own); enterprises are district work. */
  INDUSTRY_WRITE = 'industry:write',
  /** Register East–West partner enterprises and their investment: district work. */
  EAST_WEST_WRITE = 'east-west:write',
  /** Work teams, members, first secretaries and coverage. */
  STATIONING_READ = 'stationing:read',
  /** Station and rotate cadres (a town in its own villages). */
  STATIONING_WRITE = 'stationing:write',
  /** Supervision groups and tasks. */
  SUPERVISION_READ = 'supervision:read',
  /** Assign tasks and re-check them (district staff and the supervision groups' auditors). */
  SUPERVISION_WRITE = 'supervision:write',
  /** Report a task's rectification (the town it was assigned to, or the district). */
  SUPERVISION_RECTIFY = 'supervision:rectify',
  /** Export a list to .xlsx (staff only; what a list shows them, masked as it shows it). */
  DATA_EXPORT = 'data:export',
}

const READ_ALL = [
  Permission.PLACE_READ,
  Permission.PROJECT_READ,
  Permission.FUND_READ,
  Permission.SUMMARY_READ,
  Permission.HOUSEHOLD_READ,
  Permission.MONITORING_READ,
  Permission.HEALTH_READ,
  Permission.INDUSTRY_READ,
  Permission.STATIONING_READ,
  Permission.SUPERVISION_READ,
  // Staff take what they can read away as spreadsheets; machines page through the API instead.
  Permission.DATA_EXPORT,
];
const FIELD_WORK = [
  Permission.HOUSEHOLD_WRITE,
  Permission.MONITORING_WRITE,
  Permission.INDUSTRY_WRITE,
  Permission.STATIONING_WRITE,
  Permission.SUPERVISION_RECTIFY,
];

export const ROLE_PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  DISTRICT_ADMIN: [
    ...READ_ALL,
    Permission.PROJECT_WRITE,
    Permission.FUND_WRITE,
    Permission.ALLOCATION_WRITE,
    Permission.FUND_SOURCE_WRITE,
    Permission.USER_MANAGE,
    Permission.TOKEN_MANAGE,
    Permission.AUDIT_READ,
    Permission.PII_REVEAL,
    ...FIELD_WORK,
    Permission.MONITORING_APPROVE,
    Permission.MONITORING_CONFIG,
    Permission.EAST_WEST_WRITE,
    Permission.SUPERVISION_WRITE,
  ],
  DISTRICT_STAFF: [
    ...READ_ALL,
    Permission.PROJECT_WRITE,
    Permission.FUND_WRITE,
    Permission.ALLOCATION_WRITE,
    Permission.FUND_SOURCE_WRITE,
    ...FIELD_WORK,
    Permission.MONITORING_APPROVE,
    Permission.EAST_WEST_WRITE,
    Permission.SUPERVISION_WRITE,
  ],
  TOWN_STAFF: [...READ_ALL, Permission.PROJECT_WRITE, Permission.FUND_WRITE, ...FIELD_WORK],
  // Auditors and the supervision groups write nothing but supervision tasks.
  AUDITOR: [...READ_ALL, Permission.AUDIT_READ, Permission.SUPERVISION_WRITE],
};

/** A partner token reads its datasets; a BI token reads aggregates only. */
export function tokenPermissions(kind: TokenKind, datasets: Dataset[]): Permission[] {
  if (kind === TokenKind.BI) return [Permission.SUMMARY_READ];
  const permissions = new Set<Permission>();
  if (datasets.includes(Dataset.PLACES)) permissions.add(Permission.PLACE_READ);
  if (datasets.includes(Dataset.PROJECTS)) permissions.add(Permission.PROJECT_READ).add(Permission.PLACE_READ);
  if (datasets.includes(Dataset.FUNDS)) permissions.add(Permission.FUND_READ).add(Permission.SUMMARY_READ);
  if (datasets.includes(Dataset.INDUSTRY)) permissions.add(Permission.INDUSTRY_READ).add(Permission.PLACE_READ);
  if (datasets.includes(Dataset.STATIONING)) permissions.add(Permission.STATIONING_READ).add(Permission.PLACE_READ);
  if (datasets.includes(Dataset.MONITORING)) {
    permissions.add(Permission.HOUSEHOLD_READ).add(Permission.MONITORING_READ).add(Permission.PLACE_READ);
  }
  return [...permissions];
}

registerEnumType(Role, {
  name: 'Role',
  description: '角色',
  valuesConfig: {
    DISTRICT_ADMIN: { description: '区级管理员' },
    DISTRICT_STAFF: { description: '区级工作人员' },
    TOWN_STAFF: { description: '镇办工作人员（限本镇办）' },
    AUDITOR: { description: '审计 / 督查（只读，可查审计日志）' },
    PARTNER: { description: '合作单位（接口令牌）' },
    BI: { description: 'BI 工具（接口令牌，仅汇总数据）' },
  },
});
registerEnumType(TokenKind, {
  name: 'TokenKind',
  valuesConfig: { PARTNER: { description: '合作单位' }, BI: { description: 'BI 工具（仅汇总）' } },
});
registerEnumType(Dataset, {
  name: 'Dataset',
  description: '接口令牌可读取的数据集',
  valuesConfig: {
    PLACES: { description: '地区' },
    PROJECTS: { description: '项目库' },
    FUNDS: { description: '资金' },
    MONITORING: { description: '防返贫监测（农户与监测案件，身份信息脱敏）' },
    INDUSTRY: { description: '产业园区、利益联结与东西部协作企业' },
    STATIONING: { description: '驻村工作队、第一书记与覆盖情况' },
  },
});
