import type { StationingFilter } from '../../gql/graphql';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '../../lib/paging';
import { intParam } from '../../lib/useSearchState';

/** Query-string keys that make up the filter; changing any of them returns to page 1. */
export const STATIONING_FILTER_KEYS = ['town', 'village', 'unit', 'status'] as const;

/** `status=ended`: dissolved teams, first secretaries no longer in post; otherwise those in post. */
export const ENDED = 'ended';

export interface StationingListState {
  filter: StationingFilter;
  page: number;
  pageSize: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The team or secretary list's filter and page from the URL
 * (`?town=610902102&unit=<uuid>&status=ended&page=2`). `active` is always sent: without it the API
 * lists a village's whole history of secretaries, which is what 历任 shows, not the list.
 */
export function readStationingListState(params: URLSearchParams): StationingListState {
  const filter: StationingFilter = { active: params.get('status') !== ENDED };
  const town = params.get('town');
  if (town && /^\d{9}$/.test(town)) filter.townCode = town;
  const village = params.get('village');
  if (village && /^\d{12}$/.test(village)) filter.villageCode = village;
  const unit = params.get('unit');
  if (unit && UUID.test(unit)) filter.unitId = unit;
  const size = intParam(params, 'size', DEFAULT_PAGE_SIZE);
  return {
    filter,
    page: intParam(params, 'page', 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** 全覆盖's town and 只看缺口 from the URL (`?town=610902102&gaps=1`). */
export function readCoverageState(params: URLSearchParams): { townCode: string | null; onlyGaps: boolean } {
  const town = params.get('town');
  return { townCode: town && /^\d{9}$/.test(town) ? town : null, onlyGaps: params.get('gaps') === '1' };
}
