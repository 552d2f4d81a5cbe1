import { AsyncLocalStorage } from 'node:async_hooks';

/** What the process knows about the request it is serving. */
export interface RequestStore {
  requestId: string;
  /** SQL statements issued on behalf of this request (counted by the database logger). */
  sqlStatements: number;
}

/**
 * Carries the request into the database logger, which counts its statements for the `x-sql-statements`
 * header. Entered only where that header is on (tests, benchmarks): an AsyncLocalStorage in use makes
 * Node run a hook for every promise, which cost the API a sixth of its throughput on light requests.
 */
export const requestStorage = new AsyncLocalStorage<RequestStore>();

export function currentRequest(): RequestStore | undefined {
  return requestStorage.getStore();
}

const requestOfError = new WeakMap<object, string>();

/** Remembers which request an error arose in, so that its message can name the request id. */
export function tagError(error: unknown, requestId: string): void {
  if (typeof error === 'object' && error !== null) requestOfError.set(error, requestId);
}

/** The request id `tagError` recorded for the first of these errors that has one. */
export function requestIdOfError(...errors: unknown[]): string | undefined {
  for (const error of errors) {
    if (typeof error === 'object' && error !== null) {
      const requestId = requestOfError.get(error);
      if (requestId) return requestId;
    }
  }
  return undefined;
}
