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
  /** The first error's `extensions` as sent (e.g. `lockedUntil` of ACCOUNT_LOCKED). */
  extensions: Record<string, unknown>;
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

// The API no longer knows this page's registered operations: a new version was deployed.
const STALE_CLIENT = new Set(['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);

function messageFor(code: string | undefined, message: string): string {
  return code && STALE_CLIENT.has(code) ? commonText.staleClient : message;
}

interface BodyError {
  message: string;
  extensions?: Record<string, unknown>;
}

function parseErrorBody(text: string): BodyError | null {
  try {
    const first = (JSON.parse(text) as { errors?: unknown[] }).errors?.[0] as BodyError | undefined;
    return first && typeof first.message === 'string' ? first : null;
  } catch {
    return null;
  }
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
    const extensions = { ...(first?.extensions ?? {}) } as Record<string, unknown>;
    return { code, reason, message: messageFor(code, first?.message ?? commonText.loadFailed), fields, extensions };
  }
  if (ServerError.is(error)) {
    // A refusal before execution (limits, trusted documents) still carries GraphQL errors in the body.
    const first = parseErrorBody(error.bodyText);
    if (first) {
      const code = typeof first.extensions?.code === 'string' ? first.extensions.code : `HTTP_${error.statusCode}`;
      return {
        code,
        reason: typeof first.extensions?.reason === 'string' ? first.extensions.reason : undefined,
        message: messageFor(code, first.message),
        fields: [],
        extensions: { ...(first.extensions ?? {}) },
      };
    }
    return {
      code: `HTTP_${error.statusCode}`,
      reason: undefined,
      message: commonText.networkError,
      fields: [],
      extensions: {},
    };
  }
  // A request the page gave up on (AbortSignal.timeout).
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return { code: undefined, reason: undefined, message: commonText.timedOut, fields: [], extensions: {} };
  }
  if (error instanceof TypeError) {
    return { code: undefined, reason: undefined, message: commonText.networkError, fields: [], extensions: {} };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: undefined, reason: undefined, message, fields: [], extensions: {} };
}

/** `targets.0.targetValue` → ['targets', 0, 'targetValue'], the path an antd Form uses. */
export function toNamePath(field: string): (string | number)[] {
  return field
    .replace(/^input\./, '')
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
