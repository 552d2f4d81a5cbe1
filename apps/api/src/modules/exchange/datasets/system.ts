import { bureauToday } from '../../../common/clock';
import { auditActionLabel, auditEntityTypeLabel } from '../../audit/audit-actions';
import { date, dateTime, type ExportList, enumOf, type Node, PAGE, text, yesNo } from '../export-columns';

// 系统管理: users (user:manage), API tokens (token:manage) and the audit trail (audit:read).

/** 用户管理 (UsersPage): the phone as the list shows it, masked. */
export const USER_LIST: ExportList = {
  connection: 'users',
  variables: ['filter'],
  filterLabels: { role: '角色', townCode: '镇办', search: '用户名或姓名' },
  query: `query ExportUsers($filter: UserFilter, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) {
    ${PAGE}
    edges { node {
      username displayName role phone disabled mustChangePassword lockedUntil lastSignInAt createdAt
      town { code name }
    } }
  }
}`,
  columns: [
    text('用户名', (n) => n.username, 16),
    text('姓名', (n) => n.displayName, 10),
    enumOf('角色', 'Role', (n) => n.role, 20),
    text('镇办代码', (n) => n.town?.code, 12),
    text('镇办', (n) => n.town?.name, 12),
    text('手机号（脱敏）', (n) => n.phone, 14),
    text('状态', userStatus, 20),
    dateTime('锁定至', (n) => (isLocked(n) ? n.lockedUntil : null)),
    dateTime('最近登录', (n) => n.lastSignInAt),
    dateTime('创建时间', (n) => n.createdAt),
  ],
};

function isLocked(user: Node): boolean {
  return Boolean(user.lockedUntil) && new Date(user.lockedUntil).getTime() > Date.now();
}

/** 已停用、已锁定、待修改密码, or 正常: the tags the list shows. */
function userStatus(user: Node): string {
  const tags = [user.disabled && '已停用', isLocked(user) && '已锁定', user.mustChangePassword && '待修改密码'];
  return tags.filter(Boolean).join('、') || '正常';
}

/** 接口令牌 (ApiTokensPage): never the secret, which no query returns. */
export const API_TOKEN_LIST: ExportList = {
  connection: 'apiTokens',
  variables: ['includeRevoked'],
  filterLabels: { includeRevoked: '含已吊销' },
  query: `query ExportApiTokens($includeRevoked: Boolean = false, $first: Int, $after: String) {
  apiTokens(includeRevoked: $includeRevoked, first: $first, after: $after) {
    ${PAGE}
    edges { node {
      name kind datasets aggregatesOnly prefix expiresAt revokedAt lastUsedAt createdAt
      towns { name } createdBy { displayName }
    } }
  }
}`,
  columns: [
    text('名称（用途）', (n) => n.name, 24),
    enumOf('类型', 'TokenKind', (n) => n.kind, 12),
    enumOf('数据集', 'Dataset', (n) => n.datasets, 30),
    yesNo('仅汇总', (n) => n.aggregatesOnly),
    text('镇办范围', (n) => (n.towns.length ? n.towns.map((t: Node) => t.name).join('、') : '全区'), 20),
    text('前缀', (n) => n.prefix, 14),
    date('到期', (n) => bureauToday(new Date(n.expiresAt))),
    dateTime('最近使用', (n) => n.lastUsedAt),
    text('签发人', (n) => n.createdBy?.displayName, 10),
    dateTime('签发时间', (n) => n.createdAt),
    text('状态', tokenStatus, 8),
  ],
};

function tokenStatus(token: Node): string {
  if (token.revokedAt) return '已吊销';
  return new Date(token.expiresAt).getTime() < Date.now() ? '已过期' : '有效';
}

/**
 * 审计日志 (AuditLogPage): who did what to which record when, actions and record types by their
 * Chinese names (audit/audit-actions.ts); of a change, the names of the fields it changed.
 */
export const AUDIT_LOG_LIST: ExportList = {
  connection: 'auditLog',
  variables: ['filter'],
  filterLabels: {
    from: '日期起',
    to: '日期止',
    action: '动作',
    actorName: '操作人',
    actorId: '操作人 ID',
    entityType: '对象类型',
    entityId: '对象 ID',
    townCode: '镇办',
  },
  filterValues: {
    action: auditActionLabel,
    entityType: (code) => auditEntityTypeLabel(code) ?? code,
  },
  query: `query ExportAuditLog($filter: AuditFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    ${PAGE}
    edges { node {
      at actorKind actorName action actionLabel entityTypeLabel entityId before after requestId ip
      town { name }
    } }
  }
}`,
  columns: [
    dateTime('时间', (n) => n.at),
    enumOf('操作人类型', 'ActorKind', (n) => n.actorKind, 10),
    text('操作人', (n) => n.actorName, 14),
    text('动作', (n) => n.actionLabel, 18),
    // The code beside the name, to filter by in Excel and to match what the API's filter takes.
    text('动作代码', (n) => n.action, 26),
    text('对象类型', (n) => n.entityTypeLabel, 14),
    text('对象 ID', (n) => n.entityId, 38),
    text('镇办', (n) => n.town?.name, 12),
    text('变更字段', (n) => changedFields(n.before, n.after).join('、'), 40),
    text('IP 地址', (n) => n.ip, 16),
    text('请求编号', (n) => n.requestId, 38),
  ],
};

/** Paths (`status`, `targets.0.value`) whose value differs between before and after; not the values. */
export function changedFields(before: unknown, after: unknown): string[] {
  const b = leaves(before);
  const a = leaves(after);
  const paths = [...a.keys(), ...[...b.keys()].filter((k) => !a.has(k))];
  return paths.filter(
    (p) =>
      p !== 'version' && p !== 'updatedAt' && JSON.stringify(a.get(p) ?? null) !== JSON.stringify(b.get(p) ?? null),
  );
}

function leaves(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, v] of Object.entries(value)) leaves(v, prefix ? `${prefix}.${key}` : key, out);
  } else if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) {
    value.forEach((v, i) => {
      leaves(v, prefix ? `${prefix}.${i}` : String(i), out);
    });
  } else if (value !== undefined && prefix) {
    out.set(prefix, value);
  }
  return out;
}
