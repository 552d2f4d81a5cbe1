import { INDUSTRIES, PROJECT_CATEGORIES, PROJECT_STATUSES } from '@hanbin/ui';
import type { ProjectFilter, ProjectSort, ProjectSortField, SortDirection } from '../../gql/graphql';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '../../lib/paging';
import { enumParam, intParam, listParam } from '../../lib/useSearchState';

export const SORT_FIELDS: readonly ProjectSortField[] = [
  'CODE',
  'NAME',
  'YEAR',
  'ALLOCATED',
  'DISBURSED',
  'CREATED_AT',
];

/** Query-string keys that make up the filter; changing any of them returns to page 1. */
export const FILTER_KEYS = ['year', 'town', 'village', 'status', 'category', 'industry', 'fundSource', 'q'] as const;

export interface ProjectListState {
  filter: ProjectFilter;
  sort: ProjectSort | undefined;
  page: number;
  pageSize: number;
}

/** Reads the list's filter, sort and page from the URL (`?year=2021&status=STARTED&sort=ALLOCATED.DESC&page=2`); `status` may list several (`STARTED,COMPLETED`). */
export function readListState(params: URLSearchParams): ProjectListState {
  const filter: ProjectFilter = {};
  const year = intParam(params, 'year', 0);
  if (year) filter.year = year;
  const town = params.get('town');
  if (town) filter.townCode = town;
  const village = params.get('village');
  if (village) filter.villageCode = village;
  const status = listParam(params, 'status', PROJECT_STATUSES);
  if (status.length > 0) filter.status = status;
  const category = enumParam(params, 'category', PROJECT_CATEGORIES);
  if (category) filter.category = category;
  const industry = enumParam(params, 'industry', INDUSTRIES);
  if (industry) filter.industry = industry;
  const fundSource = params.get('fundSource');
  if (fundSource) filter.fundSourceId = fundSource;
  const q = params.get('q')?.trim();
  if (q) filter.search = q;

  const [field, direction] = (params.get('sort') ?? '').split('.');
  const sort =
    (SORT_FIELDS as readonly string[]).includes(field) && (direction === 'ASC' || direction === 'DESC')
      ? { field: field as ProjectSortField, direction: direction as SortDirection }
      : undefined;

  const size = intParam(params, 'size', DEFAULT_PAGE_SIZE);
  return {
    filter,
    sort,
    page: intParam(params, 'page', 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}
