import type { TablePaginationConfig } from 'antd';
import { commonText } from './locale';
import type { SearchValue } from './useSearchState';

/** Page sizes a list offers (the API serves at most 100 rows a page). */
export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

/** Numbered server pages with a size changer and the total. */
export function tablePagination(page: number, pageSize: number, total: number): TablePaginationConfig {
  return {
    current: page,
    pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZES.map(String),
    showTotal: (n) => commonText.total(n),
  };
}

/** The query-string changes for a pager event: a new size starts again at page 1; defaults stay out of the URL. */
export function pageChanges(page: number, size: number, currentSize: number): Record<string, SearchValue> {
  return size !== currentSize
    ? { page: null, size: size === DEFAULT_PAGE_SIZE ? null : size }
    : { page: page === 1 ? null : page };
}
