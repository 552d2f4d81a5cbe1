import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { useScopedTowns } from '../../auth/viewer';
import type { StationingFilter } from '../../gql/graphql';
import { pageChanges } from '../../lib/paging';
import { TownsQuery } from '../../lib/places.graphql';
import { usePagedTable } from '../../lib/usePagedTable';
import { type SearchValue, useSearchState } from '../../lib/useSearchState';
import { readStationingListState, STATIONING_FILTER_KEYS } from './listState';

const NO_TOWNS: never[] = [];

type Vars = { filter?: StationingFilter | null; first?: number | null; after?: string | null };

interface Connection<Row> {
  totalCount: number;
  edges: readonly { cursor: string; node: Row }[];
}

/**
 * A list of teams or first secretaries whose filter and page live in the URL: the list's variables
 * (what 导出 Excel sends too), the server-paged table's props, the towns the filters offer, and
 * what a filter change writes.
 */
export function useStationingList<TData, TCursors, Row>(
  query: TypedDocumentNode<TData, Vars>,
  cursorsQuery: TypedDocumentNode<TCursors, Vars>,
  connection: (data: TData) => Connection<Row>,
  cursorConnection: (data: TCursors) => { edges: readonly { cursor: string }[] },
) {
  const [params, update] = useSearchState();
  const { filter, page, pageSize } = useMemo(() => readStationingListState(params), [params]);
  const variables = useMemo(() => ({ filter }), [filter]);
  const onPageChange = useCallback(
    (p: number, size: number) => update(pageChanges(p, size, pageSize), { replace: p === 1 }),
    [update, pageSize],
  );
  const { tableProps, error, refetch } = usePagedTable({
    query,
    cursorsQuery,
    variables,
    connection,
    cursorConnection,
    page,
    pageSize,
    onPageChange,
  });
  const towns = useQuery(TownsQuery, { fetchPolicy: 'cache-first' });
  const townOptions = useScopedTowns(towns.data?.towns ?? NO_TOWNS);

  const onFilterChange = (changes: Record<string, SearchValue>) => {
    const touchesFilter = Object.keys(changes).some((k) => (STATIONING_FILTER_KEYS as readonly string[]).includes(k));
    update(touchesFilter ? { ...changes, page: null } : changes);
  };

  return { params, variables, tableProps, error, refetch, townOptions, onFilterChange };
}
