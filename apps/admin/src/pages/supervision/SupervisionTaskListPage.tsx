import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Space, Table } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Permission } from '../../auth/permissions';
import { useCan, useScopedTowns } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { ExportButton } from '../../export/ExportButton';
import type {
  SupervisionTaskCursorsQuery as CursorsData,
  SupervisionTaskListQuery as ListData,
  SupervisionTaskRowFragment as Task,
} from '../../gql/graphql';
import { pageChanges } from '../../lib/paging';
import { TownsQuery } from '../../lib/places.graphql';
import { usePagedTable } from '../../lib/usePagedTable';
import { type SearchValue, useSearchState } from '../../lib/useSearchState';
import { AssignTaskModal } from './components/AssignTaskModal';
import { RecheckTaskModal } from './components/RecheckTaskModal';
import { RectifyTaskModal } from './components/RectifyTaskModal';
import { type TaskAction, TaskActions } from './components/TaskActions';
import { TaskDrawer } from './components/TaskDrawer';
import { TaskFilters } from './components/TaskFilters';
import { taskColumns } from './components/taskColumns';
import { readTaskListState, TASK_FILTER_KEYS } from './listState';
import { supervisionText as t } from './locale';
import { SupervisionGroupsQuery, SupervisionTaskCursorsQuery, SupervisionTaskListQuery } from './supervision.graphql';

const NONE: never[] = [];
const listConnection = (d: ListData) => d.supervisionTasks;
const cursorConnection = (d: CursorsData) => d.supervisionTasks;

/**
 * 督查任务: filtered and paged on the server, the filter and the open task kept in the URL; a
 * task's next step (报送整改 or 复核) for the viewer who may take it, 交办 for the supervisors.
 */
export function SupervisionTaskListPage() {
  const can = useCan();
  const [params, update] = useSearchState();
  const { filter, page, pageSize, taskId } = useMemo(() => readTaskListState(params), [params]);
  const variables = useMemo(() => ({ filter }), [filter]);
  const groups = useQuery(SupervisionGroupsQuery, { fetchPolicy: 'cache-first' });
  const towns = useQuery(TownsQuery, { fetchPolicy: 'cache-first' });
  const townOptions = useScopedTowns(towns.data?.towns ?? NONE);
  // A town's clerk sees only the group over her town (the API leaves the other towns out).
  const groupOptions = useMemo(
    () => (groups.data?.supervisionGroups ?? NONE).filter((g) => g.towns.length > 0),
    [groups.data],
  );
  const [assigning, setAssigning] = useState(false);
  const [acting, setActing] = useState<{ action: TaskAction; task: Task } | null>(null);

  const onPageChange = useCallback(
    (p: number, size: number) => update(pageChanges(p, size, pageSize)),
    [update, pageSize],
  );
  const { tableProps, error, refetch } = usePagedTable({
    query: SupervisionTaskListQuery,
    cursorsQuery: SupervisionTaskCursorsQuery,
    variables,
    connection: listConnection,
    cursorConnection,
    page,
    pageSize,
    onPageChange,
  });
  const onAction = useCallback((action: TaskAction, task: Task) => setActing({ action, task }), []);
  const columns = useMemo(
    () =>
      taskColumns(
        (task) => update({ task: task.id }),
        (task) => <TaskActions task={task} onAction={onAction} />,
      ),
    [update, onAction],
  );
  const onFilterChange = (changes: Record<string, SearchValue>) => {
    const touchesFilter = Object.keys(changes).some((k) => (TASK_FILTER_KEYS as readonly string[]).includes(k));
    update(touchesFilter ? { ...changes, page: null } : changes);
  };
  const closeAction = useCallback(() => setActing(null), []);

  return (
    <div>
      <PageHeader
        title={t.tasksTitle}
        sub={t.tasksSub}
        extra={
          <Space wrap>
            <ExportButton dataset="SUPERVISION_TASKS" variables={variables} />
            {can(Permission.supervisionWrite) ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setAssigning(true)}>
                {t.assign}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <TaskFilters params={params} groups={groupOptions} towns={townOptions} onChange={onFilterChange} />
        </Card>
        {error ? <QueryError error={error} onRetry={() => refetch()} /> : null}
        <Card size="small">
          <Table<Task> {...tableProps} columns={columns} scroll={{ x: 1470 }} />
        </Card>
      </Space>
      <TaskDrawer taskId={taskId} onClose={() => update({ task: null })} onAction={onAction} />
      <AssignTaskModal open={assigning} onClose={() => setAssigning(false)} />
      <RectifyTaskModal task={acting?.action === 'rectify' ? acting.task : null} onClose={closeAction} />
      <RecheckTaskModal task={acting?.action === 'recheck' ? acting.task : null} onClose={closeAction} />
    </div>
  );
}
