import { AsyncLocalStorage } from 'node:async_hooks';

/** What the process knows about the request it is serving, wherever the code runs. */
export interface RequestStore {
  requestId: string;
  /** SQL statements issued on behalf of this request (counted by the database logger). */
  sqlStatements: number;
}

export const requestStorage = new AsyncLocalStorage<RequestStore>();

export function currentRequest(): RequestStore | undefined {
  return requestStorage.getStore();
}
