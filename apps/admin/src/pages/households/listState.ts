import { HOUSEHOLD_CATEGORIES } from '@hanbin/ui';
import type { HouseholdFilter } from '../../gql/graphql';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '../../lib/paging';
import { enumParam, intParam } from '../../lib/useSearchState';

/** Query-string keys of the register's filters; changing any returns to page 1. The ID number is never one. */
export const HOUSEHOLD_FILTER_KEYS = ['town', 'village', 'category', 'monitored', 'relocated', 'q'] as const;

const flag = (params: URLSearchParams, key: string): boolean | undefined => {
  const raw = params.get(key);
  return raw === '1' ? true : raw === '0' ? false : undefined;
};

/**
 * The register's filter and page from the URL (`?town=610902102&monitored=1&page=2`). A full ID
 * number is searched from the page's own state and kept out of the URL (history, logs, referrers).
 */
export function readHouseholdListState(params: URLSearchParams) {
  const filter: HouseholdFilter = {};
  const town = params.get('town');
  if (town) filter.townCode = town;
  const village = params.get('village');
  if (village) filter.villageCode = village;
  const category = enumParam(params, 'category', HOUSEHOLD_CATEGORIES);
  if (category) filter.category = category;
  const monitored = flag(params, 'monitored');
  if (monitored !== undefined) filter.monitored = monitored;
  const relocated = flag(params, 'relocated');
  if (relocated !== undefined) filter.relocated = relocated;
  const q = params.get('q')?.trim();
  if (q) filter.search = q;
  const size = intParam(params, 'size', DEFAULT_PAGE_SIZE);
  return {
    filter,
    page: intParam(params, 'page', 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}
