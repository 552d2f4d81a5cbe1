import { getOperationAST, parse } from 'graphql';
import { explorerText as t } from './locale';

/** Who the explorer asks as: a pasted token, or the signed-in session. */
export interface ExplorerCredentials {
  mode: 'token' | 'session';
  token: string;
}

export interface ExplorerRequest {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}

export interface ExplorerResult {
  data?: unknown;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/** The header with which the API lets the explorer's free-text queries through for a session. */
export const EXPLORER_HEADERS = { 'x-hanbin-client': 'explorer' } as const;

/** The kind of operation that would run: query, mutation or subscription (undefined if unclear). */
export function operationKind(
  query: string,
  operationName?: string | null,
): 'query' | 'mutation' | 'subscription' | undefined {
  try {
    return getOperationAST(parse(query), operationName ?? undefined)?.operation as
      | 'query'
      | 'mutation'
      | 'subscription'
      | undefined;
  } catch {
    // Let the API say what is wrong with the text, in Chinese and with a position.
    return undefined;
  }
}

/** A pasted token, with the "Bearer " some people copy along taken off. */
export function cleanToken(token: string): string {
  return token.trim().replace(/^Bearer\s+/i, '');
}

const refusal = (message: string): ExplorerResult => ({ errors: [{ message }] });

export interface FetcherOptions {
  endpoint?: string;
  fetch?: typeof fetch;
  /** Called with each answer to a session request (to keep the admin's idle countdown in step). */
  onSessionAnswer?: (result: ExplorerResult) => void;
}

/**
 * GraphiQL's fetcher. With a token: `Authorization: Bearer`, and `credentials: 'omit'` so the
 * browser sends no cookie of this site along (the answer is the token's, nobody else's). With the
 * session: the cookie, and the explorer header. Mutations and subscriptions are not sent at all.
 */
export function createExplorerFetcher(credentials: () => ExplorerCredentials, options: FetcherOptions = {}) {
  const endpoint = options.endpoint ?? '/graphql';
  const send = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  return async ({ query, operationName, variables }: ExplorerRequest): Promise<ExplorerResult> => {
    const kind = operationKind(query, operationName);
    if (kind && kind !== 'query') return refusal(t.queriesOnly);
    const { mode, token } = credentials();
    const secret = cleanToken(token);
    if (mode === 'token' && !secret) return refusal(t.tokenMissing);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json',
      ...EXPLORER_HEADERS,
      ...(mode === 'token' ? { authorization: `Bearer ${secret}` } : {}),
    };
    let response: Response;
    try {
      response = await send(endpoint, {
        method: 'POST',
        headers,
        credentials: mode === 'token' ? 'omit' : 'same-origin',
        body: JSON.stringify({ query, operationName: operationName || undefined, variables: variables ?? undefined }),
      });
    } catch {
      return refusal(t.network);
    }
    let result: ExplorerResult;
    try {
      result = (await response.json()) as ExplorerResult;
    } catch {
      return refusal(t.notJson(response.status));
    }
    if (mode === 'session') options.onSessionAnswer?.(result);
    return result;
  };
}
