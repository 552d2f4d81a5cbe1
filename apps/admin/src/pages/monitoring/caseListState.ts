import { CASE_STATUSES, DISCOVERY_CHANNELS, MONITORING_TYPES } from '@hanbin/ui';
import type { MonitoringCaseFilter, MonitoringCaseSort } from '../../gql/graphql';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '../../lib/paging';
import { enumParam, intParam, listParam } from '../../lib/useSearchState';

/** Query-string keys of the case list's filters; changing any returns to page 1. */
export const CASE_FILTER_KEYS = ['town', 'village', 'type', 'step', 'status', 'channel', 'year', 'overdue'] as const;

/**
 * The case list's filter, sort and page from the URL (`?town=610902102&overdue=1`). The overdue
 * list is sorted by due date, the longest overdue first; everything else by opening date, newest first.
 */
export function readCaseListState(params: URLSearchParams) {
  const filter: MonitoringCaseFilter = {};
  const town = params.get('town');
  if (town) filter.townCode = town;
  const village = params.get('village');
  if (village) filter.villageCode = village;
  const type = enumParam(params, 'type', MONITORING_TYPES);
  if (type) filter.type = type;
  const step = params.get('step');
  if (step && /^[A-Z][A-Z0-9_]{1,39}$/.test(step)) filter.stepCode = step;
  const status = listParam(params, 'status', CASE_STATUSES);
  if (status.length > 0) filter.status = status;
  const channel = enumParam(params, 'channel', DISCOVERY_CHANNELS);
  if (channel) filter.channel = channel;
  const year = intParam(params, 'year', 0);
  if (year) filter.year = year;
  if (params.get('overdue') === '1') filter.overdue = true;
  const sort: MonitoringCaseSort | undefined = filter.overdue ? { field: 'DUE_ON', direction: 'ASC' } : undefined;
  const size = intParam(params, 'size', DEFAULT_PAGE_SIZE);
  return {
    filter,
    sort,
    page: intParam(params, 'page', 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}
