import { SUPERVISION_STATUSES } from '@hanbin/ui';
import type { SupervisionTaskFilter, VillageFilter } from '../../gql/graphql';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '../../lib/paging';
import { enumParam, intParam } from '../../lib/useSearchState';

/** Query-string keys of the task list's filters; changing any returns to page 1. */
export const TASK_FILTER_KEYS = ['group', 'town', 'status', 'overdue'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOWN_CODE = /^\d{9}$/;

export interface TaskListState {
  filter: SupervisionTaskFilter;
  page: number;
  pageSize: number;
  /** The task open in the drawer (`?task=<id>`), kept apart from the filter. */
  taskId: string | null;
}

/**
 * The task list's filter and page from the URL (`?group=<id>&town=610902102&status=ASSIGNED&overdue=1&page=2`).
 * Values the API would refuse (a malformed id or code, an unknown status) are dropped.
 */
export function readTaskListState(params: URLSearchParams): TaskListState {
  const filter: SupervisionTaskFilter = {};
  const group = params.get('group');
  if (group && UUID.test(group)) filter.groupId = group;
  const town = params.get('town');
  if (town && TOWN_CODE.test(town)) filter.townCode = town;
  const status = enumParam(params, 'status', SUPERVISION_STATUSES);
  if (status) filter.status = status;
  if (params.get('overdue') === '1') filter.overdue = true;
  const task = params.get('task');
  return { filter, ...readPaging(params), taskId: task && UUID.test(task) ? task : null };
}

/** The demonstration villages' town filter and page (`?town=610902102&page=2`). */
export function readVillageListState(params: URLSearchParams): {
  filter: VillageFilter;
  page: number;
  pageSize: number;
} {
  const filter: VillageFilter = { category: 'DEMONSTRATION' };
  const town = params.get('town');
  if (town && TOWN_CODE.test(town)) filter.townCode = town;
  return { filter, ...readPaging(params) };
}

/** `page` and `size` from the URL; a size the pager does not offer falls back to the default. */
function readPaging(params: URLSearchParams): { page: number; pageSize: number } {
  const size = intParam(params, 'size', DEFAULT_PAGE_SIZE);
  return {
    page: intParam(params, 'page', 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}
