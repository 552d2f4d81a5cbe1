/**
 * The names of what the audit trail records: every action code the API writes
 * (`AuditService.record({ action })`) and every kind of record (`entityType`), in Chinese.
 * The admin, the export and partners read them from here; `audit-actions.test.ts` fails when the
 * API writes an action or a record type that has no name here.
 */

/** Kinds of record an audit entry concerns, as `entityType` names them. */
export const AUDIT_ENTITY_TYPES = {
  project: '项目',
  fund_source: '资金来源',
  fund_allocation: '资金安排',
  disbursement: '资金支出',
  industrial_park: '现代农业园区',
  partner_enterprise: '协作企业',
  household: '农户',
  person: '家庭成员',
  monitoring_case: '监测案件',
  monitoring_procedure: '识别程序',
  monitoring_line: '监测收入线',
  calendar_day: '节假日设置',
  dispatching_unit: '派出单位',
  work_team: '驻村工作队',
  first_secretary: '第一书记',
  supervision_task: '督查任务',
  user: '用户',
  api_token: '接口令牌',
  import: '导入批次',
  export: '导出文件',
} as const satisfies Record<string, string>;

export type AuditEntityType = keyof typeof AUDIT_ENTITY_TYPES;

interface AuditActionDefinition {
  label: string;
  /** The kind of record the action concerns; null when it varies (pii.reveal) or there is none. */
  entityType: AuditEntityType | null;
}

/** Every action the API records, grouped by domain in the order the admin's filter lists them. */
export const AUDIT_ACTIONS = {
  'auth.sign_in': { label: '登录', entityType: 'user' },
  'auth.sign_in_failed': { label: '登录失败', entityType: 'user' },
  'auth.sign_out': { label: '退出登录', entityType: 'user' },
  'auth.password_changed': { label: '修改密码', entityType: 'user' },
  'auth.password_change_failed': { label: '修改密码失败', entityType: 'user' },
  'mutation.refused': { label: '操作被拒绝', entityType: null },
  'partner.read': { label: '接口令牌查询', entityType: null },
  'pii.reveal': { label: '查看敏感信息', entityType: null },

  'project.create': { label: '新建项目', entityType: 'project' },
  'project.update': { label: '修改项目', entityType: 'project' },
  'project.advance_status': { label: '推进项目状态', entityType: 'project' },
  'fund_source.create': { label: '新建资金来源', entityType: 'fund_source' },
  'fund_allocation.create': { label: '安排资金', entityType: 'fund_allocation' },
  'fund_allocation.update': { label: '调整资金安排', entityType: 'fund_allocation' },
  'disbursement.record': { label: '登记支出', entityType: 'disbursement' },
  'disbursement.reverse': { label: '冲销支出', entityType: 'disbursement' },

  'industrial_park.create': { label: '新建园区', entityType: 'industrial_park' },
  'industrial_park.update': { label: '修改园区', entityType: 'industrial_park' },
  'park_year.create': { label: '登记园区年度情况', entityType: 'industrial_park' },
  'park_year.update': { label: '更正园区年度情况', entityType: 'industrial_park' },
  'benefit_link.create': { label: '新增带动农户', entityType: 'industrial_park' },
  'partner_enterprise.create': { label: '登记协作企业', entityType: 'partner_enterprise' },
  'partner_enterprise.update': { label: '修改协作企业', entityType: 'partner_enterprise' },
  'enterprise_investment.create': { label: '登记协作企业投资', entityType: 'partner_enterprise' },

  'household.create': { label: '新建农户', entityType: 'household' },
  'household.update': { label: '修改农户', entityType: 'household' },
  'person.create': { label: '新增家庭成员', entityType: 'person' },
  'person.update': { label: '修改家庭成员', entityType: 'person' },
  'household_year.create': { label: '登记农户年度收入', entityType: 'household' },
  'household_year.update': { label: '更正农户年度收入', entityType: 'household' },
  'monitoring_case.open': { label: '监测建档', entityType: 'monitoring_case' },
  'monitoring_case.step': { label: '办理识别步骤', entityType: 'monitoring_case' },
  'monitoring_case.assistance': { label: '新增帮扶措施', entityType: 'monitoring_case' },
  'monitoring_case.eliminate': { label: '风险消除（销号）', entityType: 'monitoring_case' },
  'monitoring_case.follow_up': { label: '登记销号后回访', entityType: 'monitoring_case' },
  'monitoring_attachment.upload': { label: '上传案件附件', entityType: 'monitoring_case' },
  'monitoring_attachment.download': { label: '下载案件附件', entityType: 'monitoring_case' },
  'monitoring_procedure.create': { label: '新增识别程序版本', entityType: 'monitoring_procedure' },
  'monitoring_line.create': { label: '设置监测收入线', entityType: 'monitoring_line' },
  'monitoring_line.update': { label: '修改监测收入线', entityType: 'monitoring_line' },
  'calendar.set': { label: '设置节假日和调休', entityType: 'calendar_day' },

  'dispatching_unit.create': { label: '新建派出单位', entityType: 'dispatching_unit' },
  'work_team.create': { label: '组建驻村工作队', entityType: 'work_team' },
  'work_team.dissolve': { label: '撤销驻村工作队', entityType: 'work_team' },
  'work_team_member.add': { label: '队员到岗', entityType: 'work_team' },
  'work_team_member.end': { label: '队员离队', entityType: 'work_team' },
  'first_secretary.appoint': { label: '选派第一书记', entityType: 'first_secretary' },
  'first_secretary.end': { label: '第一书记离任', entityType: 'first_secretary' },

  'supervision_task.assign': { label: '交办督查任务', entityType: 'supervision_task' },
  'supervision_task.rectify': { label: '报送整改情况', entityType: 'supervision_task' },
  'supervision_task.close': { label: '复核通过（销号）', entityType: 'supervision_task' },
  'supervision_task.reopen': { label: '复核退回整改', entityType: 'supervision_task' },

  'user.create': { label: '新建用户', entityType: 'user' },
  'user.update': { label: '修改用户', entityType: 'user' },
  'user.reset_password': { label: '重置密码', entityType: 'user' },
  'user.unlock': { label: '解除锁定', entityType: 'user' },
  'token.create': { label: '签发接口令牌', entityType: 'api_token' },
  'token.revoke': { label: '吊销接口令牌', entityType: 'api_token' },

  'import.checked': { label: '检查导入文件', entityType: 'import' },
  'import.committed': { label: '导入数据', entityType: 'import' },
  'export.requested': { label: '申请导出', entityType: 'export' },
  'export.completed': { label: '导出完成', entityType: 'export' },
  'export.downloaded': { label: '下载导出文件', entityType: 'export' },
} as const satisfies Record<string, AuditActionDefinition>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** One action as the catalog lists it. */
export interface AuditActionEntry {
  code: AuditAction;
  label: string;
  entityType: AuditEntityType | null;
}

/** One kind of record as the catalog lists it. */
export interface AuditEntityTypeEntry {
  code: AuditEntityType;
  label: string;
}

const has = (table: object, key: string) => Object.hasOwn(table, key);

export function isAuditAction(code: string): code is AuditAction {
  return has(AUDIT_ACTIONS, code);
}

export function isAuditEntityType(code: string): code is AuditEntityType {
  return has(AUDIT_ENTITY_TYPES, code);
}

/** `project.update` → 修改项目; an action the catalog does not name shows as its code. */
export function auditActionLabel(code: string): string {
  return isAuditAction(code) ? AUDIT_ACTIONS[code].label : code;
}

/** `project` → 项目; null stays null, an unnamed type shows as its code. */
export function auditEntityTypeLabel(code: string | null): string | null {
  if (code === null) return null;
  return isAuditEntityType(code) ? AUDIT_ENTITY_TYPES[code] : code;
}

/** The actions, in catalog order. */
export function auditActionCatalog(): AuditActionEntry[] {
  return Object.entries(AUDIT_ACTIONS).map(([code, { label, entityType }]) => ({
    code: code as AuditAction,
    label,
    entityType,
  }));
}

/** The kinds of record, in catalog order. */
export function auditEntityTypeCatalog(): AuditEntityTypeEntry[] {
  return Object.entries(AUDIT_ENTITY_TYPES).map(([code, label]) => ({ code: code as AuditEntityType, label }));
}
