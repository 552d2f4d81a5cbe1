import type { OperationVariables } from '@apollo/client';
import type { TableProps } from 'antd';
import { useCallback } from 'react';
import { tablePagination } from './paging';
import { type PagedQueryOptions, type PageVariables, usePagedQuery } from './usePagedQuery';

interface RowConnection<Row> {
  totalCount: number;
  edges: readonly { cursor: string; node: Row }[];
}

/** Props of a list whose filter and page live in the URL of the page that holds it. */
export interface PagedListProps<TFilter> {
  filter: TFilter;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

export interface PagedTableOptions<TData, TCursors, TVars extends OperationVariables & PageVariables, Row>
  extends Omit<PagedQueryOptions<TData, TCursors, TVars>, 'connection' | 'onOutOfRange'> {
  connection: (data: TData) => RowConnection<Row>;
  /** The pager moved; also called with page 1 when `page` lies past the end. */
  onPageChange: (page: number, pageSize: number) => void;
}

/**
 * A server-paged antd Table over a Relay connection: `usePagedQuery`, plus the Table props for its
 * rows, pager and loading state (spread them onto `<Table>`).
 */
export function usePagedTable<TData, TCursors, TVars extends OperationVariables & PageVariables, Row>(
  options: PagedTableOptions<TData, TCursors, TVars, Row>,
) {
  const { connection, onPageChange, page, pageSize } = options;
  const backToFirst = useCallback(() => onPageChange(1, pageSize), [onPageChange, pageSize]);
  const result = usePagedQuery({ ...options, onOutOfRange: backToFirst });
  const shown = result.shown ? connection(result.shown) : undefined;
  const tableProps: TableProps<Row> = {
    rowKey: 'id',
    size: 'middle',
    loading: result.loading,
    dataSource: shown?.edges.map((e) => e.node) ?? [],
    pagination: tablePagination(page, pageSize, shown?.totalCount ?? 0),
    onChange: (p, _filters, _sorter, extra) => {
      if (extra.action === 'paginate') onPageChange(p.current ?? 1, p.pageSize ?? pageSize);
    },
  };
  return { ...result, tableProps };
}
