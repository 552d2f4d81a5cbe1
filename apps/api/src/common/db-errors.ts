import {
  AppError,
  ConflictError,
  type ConflictReason,
  type FieldError,
  ServiceUnavailableError,
  UserInputError,
} from './errors';

/** What a clerk should read when a named constraint refuses a write. */
export type ConstraintMessage =
  | { message: string; field?: string; conflict?: undefined }
  /** The write is well formed but clashes with data already there. */
  | { message: string; field?: string; conflict: ConflictReason };

const constraintMessages = new Map<string, ConstraintMessage>();

/** Modules register the constraints their tables carry, next to the entities that declare them. */
export function registerConstraintMessages(messages: Record<string, ConstraintMessage>): void {
  for (const [name, message] of Object.entries(messages)) constraintMessages.set(name, message);
}

interface PgError {
  code?: string;
  constraint?: string;
  message?: string;
}

const RETRYABLE_PG_CODES = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
  '08000',
  '08003',
  '08006',
]);

/**
 * Turns a database error into the domain error a client can act on, or returns undefined when
 * it is a genuine fault. Constraint names are the contract between the schema and the messages.
 */
export function translateDbError(error: unknown): AppError | undefined {
  const err = ((error as { driverError?: PgError }).driverError ?? error) as PgError;
  const message = err?.message ?? '';
  // The connection went away (a restart, a killed backend): whatever the transaction did was rolled
  // back with it, so the client may send the request again. TypeORM reports a transaction whose
  // connection it already dropped as a released query runner.
  if (
    /timeout exceeded when trying to connect|Connection terminated|ECONNREFUSED|ECONNRESET|not queryable/i.test(
      message,
    ) ||
    /AlreadyReleasedError$/.test((error as Error)?.name ?? '')
  ) {
    return new ServiceUnavailableError();
  }
  if (!err?.code) return undefined;
  if (RETRYABLE_PG_CODES.has(err.code)) return new ServiceUnavailableError();
  if (err.code === '57014') return new ServiceUnavailableError('查询超时，请缩小查询范围后重试');
  const known = err.constraint ? constraintMessages.get(err.constraint) : undefined;
  if (known) {
    const fields: FieldError[] = known.field ? [{ field: known.field, message: known.message }] : [];
    if (known.conflict) return new ConflictError(known.message, known.conflict, fields.length ? { fields } : {});
    return new UserInputError(known.message, fields);
  }
  if (err.code === '23505') return new ConflictError('记录已存在（编号重复）', 'DUPLICATE');
  if (err.code === '23502') return new UserInputError('必填项不能为空');
  // A value of the wrong shape for its column (a malformed id in a cursor, say): the caller's input.
  if (err.code === '22P02' || err.code === '22007' || err.code === '22008')
    return new UserInputError('输入的格式不正确');
  if (err.code === '23503') return new UserInputError('引用的记录不存在');
  if (err.code === '23514' || err.code === '22003' || err.code === '22001')
    return new UserInputError('数据不符合规则，未保存');
  return undefined;
}
