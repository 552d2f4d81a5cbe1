import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect } from 'react';
import { useCursorPages } from './useCursorPages';

interface Connection {
  edges: readonly { cursor: string }[];
}

export interface PageVariables {
  first?: number | null;
  after?: string | null;
}

export interface PagedQueryOptions<TData, TCursors, TVars extends OperationVariables & PageVariables> {
  /** The page query: `first`/`after` plus `variables`. */
  query: TypedDocumentNode<TData, TVars>;
  /** The same connection asking for cursors only, to reach a far page cheaply. */
  cursorsQuery: TypedDocumentNode<TCursors, TVars>;
  variables: Omit<TVars, 'first' | 'after'>;
  connection: (data: TData) => Connection;
  cursorConnection: (data: TCursors) => Connection;
  page: number;
  pageSize: number;
  /** Called when `page` lies past the end (e.g. a stale link): go back to page 1. */
  onOutOfRange: () => void;
}

/** Numbered pages over a Relay connection (see `useCursorPages`), with Apollo doing the fetching. */
export function usePagedQuery<TData, TCursors, TVars extends OperationVariables & PageVariables>(
  options: PagedQueryOptions<TData, TCursors, TVars>,
) {
  const { query, cursorsQuery, variables, connection, cursorConnection, page, pageSize, onOutOfRange } = options;
  const client = useApolloClient();
  const scope = JSON.stringify(variables);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `scope` is `variables` compared by value
  const fetchCursors = useCallback(
    async (after: string | null, first: number) => {
      const { data } = await client.query({
        query: cursorsQuery,
        variables: { ...variables, first, after } as TVars,
        fetchPolicy: 'network-only',
      });
      return data ? cursorConnection(data as TCursors).edges.map((e) => e.cursor) : [];
    },
    [client, cursorsQuery, cursorConnection, scope],
  );
  const cursor = useCursorPages(scope, page, pageSize, fetchCursors);
  const result = useQuery<TData, TVars>(query, {
    variables: { ...variables, first: pageSize, after: cursor.after ?? null } as TVars,
    skip: cursor.after === undefined,
  } as useQuery.Options<TData, TVars>);
  const { data } = result;

  useEffect(() => {
    if (data)
      cursor.record(
        page,
        pageSize,
        connection(data as TData).edges.map((e) => e.cursor),
      );
  }, [data, page, pageSize, cursor.record, connection]);

  useEffect(() => {
    if (cursor.error) onOutOfRange();
  }, [cursor.error, onOutOfRange]);

  return {
    ...result,
    /** The current page, or the previous one while the next loads (no flicker). */
    shown: (result.data ?? result.previousData) as TData | undefined,
    loading: result.loading || cursor.resolving,
  };
}
