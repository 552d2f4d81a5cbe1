import { useQuery } from '@apollo/client/react';
import { Card, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import type { SupervisionGroupsQuery as GroupsData, SupervisionSummaryQuery as SummaryData } from '../../gql/graphql';
import { supervisionText as t } from './locale';
import { SupervisionGroupsQuery, SupervisionSummaryQuery } from './supervision.graphql';

type Group = GroupsData['supervisionGroups'][number];
type Counts = SummaryData['supervisionSummary']['byGroup'][number];
interface Row extends Group {
  counts: Counts | undefined;
}

/** A count that opens the task list filtered to it (nothing to open for 0). */
function CountLink({ n, query, danger }: { n: number | undefined; query: string; danger?: boolean }) {
  if (n === undefined) return <span>—</span>;
  if (n === 0) return <span>0</span>;
  return (
    <Link to={`/supervision/tasks?${query}`}>
      <Typography.Text type={danger ? 'danger' : undefined} strong={danger}>
        {n}
      </Typography.Text>
    </Link>
  );
}

function columns(): TableColumnsType<Row> {
  const count = (title: string, key: keyof Omit<Counts, 'group' | '__typename'>, extra: string, danger = false) => ({
    title,
    key,
    width: 90,
    align: 'right' as const,
    render: (_: unknown, g: Row) => (
      <CountLink n={g.counts?.[key]} query={`group=${g.id}${extra}`} danger={danger && (g.counts?.[key] ?? 0) > 0} />
    ),
  });
  return [
    { title: t.group, dataIndex: 'name', width: 170 },
    { title: t.leader, dataIndex: 'leaderName', width: 100 },
    {
      title: t.towns,
      key: 'towns',
      render: (_, g) => (
        <Space size={[4, 4]} wrap>
          {g.towns.map((town) => (
            <Tag key={town.code}>{town.name}</Tag>
          ))}
        </Space>
      ),
    },
    count(t.assignedCount, 'assigned', '&status=ASSIGNED'),
    count(t.rectifiedCount, 'rectified', '&status=RECTIFIED'),
    count(t.overdue, 'overdue', '&overdue=1', true),
    count(t.closedCount, 'closed', '&status=CLOSED'),
    count(t.tasks, 'tasks', ''),
  ];
}

/** 督查组: the 8 巩固衔接工作组, the towns each covers, and their tasks by status (each count opens the list). */
export function SupervisionGroupsPage() {
  const groups = useQuery(SupervisionGroupsQuery, { fetchPolicy: 'cache-and-network' });
  const summary = useQuery(SupervisionSummaryQuery, { fetchPolicy: 'cache-and-network' });
  const rows = useMemo<Row[]>(() => {
    const byGroup = new Map((summary.data?.supervisionSummary.byGroup ?? []).map((c) => [c.group.id, c]));
    // A town's clerk sees her own group only: the others cover none of her towns.
    return (groups.data?.supervisionGroups ?? [])
      .filter((g) => g.towns.length > 0)
      .map((g) => ({ ...g, counts: byGroup.get(g.id) }));
  }, [groups.data, summary.data]);
  const error = groups.error ?? summary.error;

  return (
    <div>
      <PageHeader title={t.groupsTitle} sub={t.groupsSub} />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {error ? (
          <QueryError
            error={error}
            onRetry={() => {
              void groups.refetch();
              void summary.refetch();
            }}
          />
        ) : null}
        <Card size="small">
          <Table<Row>
            rowKey="id"
            size="middle"
            columns={columns()}
            dataSource={rows}
            loading={(groups.loading && !groups.data) || (summary.loading && !summary.data)}
            pagination={false}
            scroll={{ x: 1100 }}
          />
        </Card>
      </Space>
    </div>
  );
}
