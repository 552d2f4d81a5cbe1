import { INDUSTRIES, OPERATOR_KINDS, PARK_LEVELS } from '@hanbin/ui';
import type {
  IndustrialParkFilter,
  IndustrialParkSort,
  IndustrialParkSortField,
  SortDirection,
} from '../../gql/graphql';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '../../lib/paging';
import { enumParam, intParam } from '../../lib/useSearchState';

export const PARK_SORT_FIELDS: readonly IndustrialParkSortField[] = [
  'CODE',
  'NAME',
  'INVESTMENT',
  'JOBS',
  'ESTABLISHED_YEAR',
];

/** Query-string keys that make up the filter; changing any of them returns to page 1. */
export const PARK_FILTER_KEYS = ['town', 'village', 'industry', 'level', 'operator', 'q'] as const;

export interface ParkListState {
  filter: IndustrialParkFilter;
  sort: IndustrialParkSort | undefined;
  page: number;
  pageSize: number;
}

/** The park list's filter, sort and page from the URL (`?town=610902102&industry=TEA&sort=INVESTMENT.DESC&page=2`). */
export function readParkListState(params: URLSearchParams): ParkListState {
  const filter: IndustrialParkFilter = {};
  const town = params.get('town');
  if (town) filter.townCode = town;
  const village = params.get('village');
  if (village) filter.villageCode = village;
  const industry = enumParam(params, 'industry', INDUSTRIES);
  if (industry) filter.industry = industry;
  const level = enumParam(params, 'level', PARK_LEVELS);
  if (level) filter.level = level;
  const operator = enumParam(params, 'operator', OPERATOR_KINDS);
  if (operator) filter.operatorKind = operator;
  const q = params.get('q')?.trim();
  if (q) filter.search = q;

  const [field, direction] = (params.get('sort') ?? '').split('.');
  const sort =
    (PARK_SORT_FIELDS as readonly string[]).includes(field) && (direction === 'ASC' || direction === 'DESC')
      ? { field: field as IndustrialParkSortField, direction: direction as SortDirection }
      : undefined;

  const size = intParam(params, 'size', DEFAULT_PAGE_SIZE);
  return {
    filter,
    sort,
    page: intParam(params, 'page', 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}
