/**
 * Domain errors. Services throw these; the GraphQL layer turns them into errors with
 * `extensions.code` and a message a clerk can act on (see `format-error.ts`).
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'ACCOUNT_LOCKED'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldError {
  /** Input field path, e.g. `name` or `targets.0.targetValue`. */
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UserInputError extends AppError {
  constructor(message: string, fields: FieldError[] = []) {
    super('BAD_USER_INPUT', message, fields.length ? { fields } : {});
  }
  /** An error about one input field. */
  static field(field: string, message: string): UserInputError {
    return new UserInputError(message, [{ field, message }]);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, key: string) {
    super('NOT_FOUND', `${what}不存在：${key}`);
  }
}

/**
 * Why a write conflicts with the state of the data; clients branch on it (a stale version means
 * "reload", the others mean "read the message").
 */
export type ConflictReason =
  | 'STALE_VERSION'
  | 'DUPLICATE'
  | 'INVALID_TRANSITION'
  | 'NOT_FUNDED'
  | 'EXCEEDS_ALLOCATION'
  | 'BELOW_DISBURSED'
  | 'EXCEEDS_PAYMENT'
  | 'ALREADY_REVERSED'
  | 'APPEND_ONLY'
  | 'CONDITIONS_NOT_MET'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'EXPORT_LIMIT';

/** Someone else changed the record since the caller read it, or a rule of state was broken. */
export class ConflictError extends AppError {
  constructor(message: string, reason: ConflictReason, extra: Record<string, unknown> = {}) {
    super('CONFLICT', message, { reason, ...extra });
  }
  static stale(what: string): ConflictError {
    return new ConflictError(`${what}已被他人修改，请刷新后重试`, 'STALE_VERSION');
  }
}

/** The request could not be served now; the client may retry it as it is. */
export class ServiceUnavailableError extends AppError {
  constructor(message = '系统繁忙，请稍后重试') {
    super('SERVICE_UNAVAILABLE', message, { retryable: true });
  }
}

/** No usable credentials: never signed in, signed out, or the session ran out. */
export class UnauthenticatedError extends AppError {
  constructor(reason: 'NOT_SIGNED_IN' | 'SESSION_EXPIRED' | 'BAD_CREDENTIALS' | 'BAD_TOKEN', message?: string) {
    const messages = {
      NOT_SIGNED_IN: '请先登录',
      SESSION_EXPIRED: '登录已过期，请重新登录',
      BAD_CREDENTIALS: '用户名或密码错误',
      BAD_TOKEN: '接口令牌无效、已过期或已吊销',
    };
    super('UNAUTHENTICATED', message ?? messages[reason], { reason });
  }
}

/** Signed in, but this is not theirs to do or see. */
export class ForbiddenError extends AppError {
  constructor(
    reason: 'NO_PERMISSION' | 'OUT_OF_SCOPE' | 'PASSWORD_CHANGE_REQUIRED' | 'ACCOUNT_DISABLED' | 'NO_RULE',
    message?: string,
  ) {
    const messages = {
      NO_PERMISSION: '无权进行此操作',
      OUT_OF_SCOPE: '超出您的管辖范围',
      PASSWORD_CHANGE_REQUIRED: '首次登录或密码已重置，请先修改密码',
      ACCOUNT_DISABLED: '账号已停用，请联系区级管理员',
      NO_RULE: '此项未配置访问规则，已拒绝',
    };
    super('FORBIDDEN', message ?? messages[reason], { reason });
  }
}

/** Too many failed sign-ins: the account waits until `lockedUntil`. */
export class AccountLockedError extends AppError {
  constructor(lockedUntil: Date) {
    const at = lockedUntil.toLocaleTimeString('zh-CN', {
      timeZone: 'Asia/Shanghai',
      hour: '2-digit',
      minute: '2-digit',
    });
    super('ACCOUNT_LOCKED', `密码错误次数过多，账号已锁定至 ${at}`, { lockedUntil: lockedUntil.toISOString() });
  }
}
