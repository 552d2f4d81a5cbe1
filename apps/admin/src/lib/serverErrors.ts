import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { commonText } from './locale';

/** A validation message the API attaches to one input field (`extensions.fields`). */
export interface ServerFieldError {
  /** Input path as the API names it: `name`, `targets.0.targetValue`. */
  field: string;
  message: string;
}

export interface ServerErrorInfo {
  /** `extensions.code`: BAD_USER_INPUT, NOT_FOUND, CONFLICT, … (undefined for network failures). */
  code: string | undefined;
  /** `extensions.reason` of a CONFLICT: STALE_VERSION, DUPLICATE, EXCEEDS_ALLOCATION, ALREADY_REVERSED, … */
  reason: string | undefined;
  /** A message to show a person. */
  message: string;
  fields: ServerFieldError[];
}

/**
 * A CONFLICT because someone else saved the record after we read it (`reason: STALE_VERSION`):
 * the one case where reloading helps. Every other reason (over the allocation, already reversed,
 * step not allowed…) is a rule of state that the server's message explains.
 */
export function isStaleConflict(info: ServerErrorInfo): boolean {
  return info.code === 'CONFLICT' && info.reason === 'STALE_VERSION';
}

function isFieldError(value: unknown): value is ServerFieldError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.field === 'string' && typeof v.message === 'string';
}

/** Reads what the API said out of whatever Apollo threw or returned. */
export function readServerError(error: unknown): ServerErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : undefined;
    const reason = typeof first?.extensions?.reason === 'string' ? first.extensions.reason : undefined;
    const fields = error.errors.flatMap((e) => {
      const list = e.extensions?.fields;
      return Array.isArray(list) ? list.filter(isFieldError) : [];
    });
    return { code, reason, message: first?.message ?? commonText.loadFailed, fields };
  }
  if (ServerError.is(error)) {
    return { code: `HTTP_${error.statusCode}`, reason: undefined, message: commonText.networkError, fields: [] };
  }
  if (error instanceof TypeError) {
    return { code: undefined, reason: undefined, message: commonText.networkError, fields: [] };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: undefined, reason: undefined, message, fields: [] };
}

/** `targets.0.targetValue` → ['targets', 0, 'targetValue'], the path an antd Form uses. */
export function toNamePath(field: string): (string | number)[] {
  return field
    .replace(/^input\./, '')
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
