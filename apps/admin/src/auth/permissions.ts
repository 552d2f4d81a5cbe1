/**
 * What the API lets a viewer do (`Viewer.permissions`). Menus and buttons follow these strings,
 * never role names: the API decides which role holds which permission.
 */
export const Permission = {
  projectRead: 'project:read',
  projectWrite: 'project:write',
  fundWrite: 'fund:write',
  /** 资金下达: assign money to projects (district level). */
  allocationWrite: 'allocation:write',
  userManage: 'user:manage',
  tokenManage: 'token:manage',
  auditRead: 'audit:read',
  piiReveal: 'pii:reveal',
  summaryRead: 'summary:read',
  /** 监测户台账 (identifiers masked). */
  householdRead: 'household:read',
  householdWrite: 'household:write',
  /** Health details of household members. */
  healthRead: 'health:read',
  /** Monitoring cases, warnings, the board. */
  monitoringRead: 'monitoring:read',
  /** Open cases, record the town's steps, assistance, elimination, follow-up visits, village notices. */
  monitoringWrite: 'monitoring:write',
  /** 区级审定: the district's step. */
  monitoringApprove: 'monitoring:approve',
  monitoringConfig: 'monitoring:config',
  /** 产业发展: parks, benefit links, East–West enterprises, the industry overview. */
  industryRead: 'industry:read',
  /** Register and edit parks, their years and links (a town its own). */
  industryWrite: 'industry:write',
  /** Register East–West partner enterprises and their investment (district work). */
  eastWestWrite: 'east-west:write',
  /** 驻村帮扶: work teams, first secretaries, coverage. */
  stationingRead: 'stationing:read',
  /** Station and rotate cadres, end terms, form teams (a town in its own villages). */
  stationingWrite: 'stationing:write',
  /** 督查督办: the supervision groups, their tasks, the demonstration villages. */
  supervisionRead: 'supervision:read',
  /** Assign tasks (清单交办) and re-check them (district staff and the supervision groups). */
  supervisionWrite: 'supervision:write',
  /** Report a task's rectification (the town it was assigned to, or the district). */
  supervisionRectify: 'supervision:rectify',
  /** 导出 Excel: staff take a list away as a spreadsheet (what the list shows them). */
  dataExport: 'data:export',
} as const;

export type Permission = (typeof Permission)[keyof typeof Permission];
