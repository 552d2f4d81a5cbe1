/** 审计日志 strings, and the Chinese names of what the API records. */
export const auditText = {
  title: '审计日志',
  sub: '谁在何时对哪条记录做了什么；记录只增不改',
  at: '时间',
  actor: '操作人',
  action: '动作',
  entity: '对象',
  ip: 'IP 地址',
  requestId: '请求编号',
  changes: '变更内容',
  detail: '详情',
  filterRange: '日期范围',
  filterAction: '动作',
  filterActor: '操作人姓名',
  filterEntityType: '对象类型',
  filterEntityId: '对象 ID',
  filterTown: '镇办',
  field: '字段',
  before: '修改前',
  after: '修改后',
  onlyChanged: '只看变更',
  noChanges: '无字段变更',
  details: '附加信息',
  created: '新建',
  deleted: '删除',
  changeLogTitle: '变更记录',
  changeLogAll: '在审计日志中查看全部',
  changeLogEmpty: '暂无变更记录',
  fieldsChanged: (names: string[], more: number) =>
    `${names.join('、')}${more > 0 ? ` 等 ${names.length + more} 项` : ''}`,
  yes: '是',
  no: '否',
};

// The API's names (audit.service callers): entity types and actions are snake_case.
const entityLabels: Record<string, string> = {
  project: '项目',
  fund_source: '资金来源',
  fund_allocation: '资金安排',
  disbursement: '资金支出',
  user: '用户',
  api_token: '接口令牌',
  import: '导入批次',
  export: '导出文件',
};

const actionLabels: Record<string, string> = {
  'auth.sign_in': '登录',
  'auth.sign_in_failed': '登录失败',
  'auth.sign_out': '退出登录',
  'auth.password_changed': '修改密码',
  'auth.password_change_failed': '修改密码失败',
  'project.create': '新建项目',
  'project.update': '修改项目',
  'project.advance_status': '推进项目状态',
  'fund_source.create': '新建资金来源',
  'fund_allocation.create': '安排资金',
  'fund_allocation.update': '调整资金安排',
  'disbursement.record': '登记支出',
  'disbursement.reverse': '冲销支出',
  'user.create': '新建用户',
  'user.update': '修改用户',
  'user.reset_password': '重置密码',
  'user.unlock': '解除锁定',
  'pii.reveal': '查看敏感信息',
  'token.create': '签发接口令牌',
  'token.revoke': '吊销接口令牌',
  'import.checked': '检查导入文件',
  'import.committed': '导入数据',
  'export.requested': '申请导出',
  'export.completed': '导出完成',
  'export.downloaded': '下载导出文件',
};

/** The object types a person filters by. */
export const ENTITY_TYPES = Object.keys(entityLabels);

/** Actions offered in the filter; any other can be typed as the API names it. */
export const KNOWN_ACTIONS = Object.keys(actionLabels);

export function entityLabel(type: string | null | undefined): string {
  if (!type) return '—';
  return entityLabels[type] ?? type;
}

/** `project.update` → 修改项目; an action the UI does not know yet shows as the API names it. */
export function actionLabel(action: string): string {
  return actionLabels[action] ?? action;
}

/** Labels of the fields the audit trail records (last segment of a path); others show as named. */
export const fieldLabels: Record<string, string> = {
  id: 'ID',
  code: '编号',
  name: '名称',
  year: '年度',
  category: '类别',
  industry: '产业',
  constructionType: '建设性质',
  status: '状态',
  townCode: '镇办代码',
  villageCode: '村(社区)代码',
  town: '镇办',
  village: '村(社区)',
  responsibleUnit: '责任单位',
  tasks: '建设任务',
  plannedStart: '计划开工',
  plannedEnd: '计划完工',
  approvalDocNo: '批复文号',
  beneficiaryHouseholds: '受益户数',
  beneficiaryPersons: '受益人数',
  liftedHouseholds: '其中脱贫户数',
  liftedPersons: '其中脱贫人数',
  benefitMechanism: '联农带农机制',
  version: '版本',
  amount: '金额',
  allocatedOn: '下达日期',
  documentNo: '文号',
  paidOn: '支付日期',
  voucherNo: '凭证号',
  payee: '收款方',
  note: '备注',
  reason: '原因',
  effectiveOn: '生效日期',
  username: '用户名',
  displayName: '姓名',
  role: '角色',
  phone: '手机号',
  disabled: '已停用',
  mustChangePassword: '须修改密码',
  lockedUntil: '锁定至',
  purpose: '查看事由',
  kind: '类型',
  datasets: '数据集',
  townCodes: '镇办范围',
  towns: '镇办范围',
  aggregatesOnly: '仅汇总数据',
  prefix: '令牌前缀',
  expiresAt: '到期时间',
  expiresOn: '到期日',
  revokedAt: '撤销时间',
  createdAt: '创建时间',
  createdBy: '创建人',
  updatedAt: '修改时间',
  failedAttempts: '连续失败次数',
  lastSignInAt: '最近登录',
};
