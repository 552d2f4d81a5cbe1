/**
 * Domain errors. Services throw these; the GraphQL layer turns them into errors with
 * `extensions.code` and a message a clerk can act on (see `format-error.ts`).
 */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'SERVICE_UNAVAILABLE' | 'INTERNAL_SERVER_ERROR';

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
  | 'APPEND_ONLY';

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
