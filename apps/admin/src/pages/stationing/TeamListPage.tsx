import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { labelOf, unitKindLabels } from '@hanbin/ui';
import { Button, Space, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { Permission } from '../../auth/permissions';
import { useCan } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import { ExportButton } from '../../export/ExportButton';
import type {
  WorkTeamCursorsQuery as CursorsData,
  WorkTeamListQuery as ListData,
  WorkTeamRowFragment as Row,
} from '../../gql/graphql';
import { placeColumn } from './components/columns';
import { StationingList } from './components/StationingList';
import { TeamStatusTag } from './components/TeamStatusTag';
import { stationingText as t } from './locale';
import { WorkTeamCursorsQuery, WorkTeamListQuery } from './stationing.graphql';
import { useStationingList } from './useStationingList';

const listConnection = (d: ListData) => d.workTeams;
const cursorConnection = (d: CursorsData) => d.workTeams;

const columns: TableColumnsType<Row> = [
  {
    title: t.teamName,
    dataIndex: 'name',
    width: 300,
    render: (name: string, row) => <Link to={`/stationing/teams/${row.id}`}>{name}</Link>,
  },
  placeColumn<Row>(),
  {
    title: t.leadUnit,
    key: 'leadUnit',
    width: 260,
    render: (_, row) => (
      <>
        <div>{row.leadUnit.name}</div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {labelOf(unitKindLabels, row.leadUnit.kind)}
        </Typography.Text>
      </>
    ),
  },
  { title: t.formedOn, dataIndex: 'formedOn', width: 120 },
  {
    title: t.memberCount,
    dataIndex: 'memberCount',
    width: 120,
    align: 'right',
    render: (n: number) => (n > 0 ? t.persons(n) : <Tag color="error">{t.noMemberInPost}</Tag>),
  },
  { title: t.status, key: 'status', width: 150, render: (_, row) => <TeamStatusTag team={row} /> },
];

/** 驻村工作队: filtered by place, lead unit and 在驻 / 已撤销; server-paged; the filter is kept in the URL. */
export function TeamListPage() {
  const can = useCan();
  const { params, variables, tableProps, error, refetch, townOptions, onFilterChange } = useStationingList(
    WorkTeamListQuery,
    WorkTeamCursorsQuery,
    listConnection,
    cursorConnection,
  );
  return (
    <div>
      <PageHeader
        title={t.teamsTitle}
        sub={t.teamsSub}
        extra={
          <Space wrap>
            <ExportButton dataset="WORK_TEAMS" variables={variables} />
            {can(Permission.stationingWrite) ? (
              <>
                <Tooltip title={t.importHint}>
                  <Link to="/stationing/teams/import">
                    <Button icon={<ImportOutlined />}>{t.import}</Button>
                  </Link>
                </Tooltip>
                <Link to="/stationing/teams/new">
                  <Button type="primary" icon={<PlusOutlined />}>
                    {t.createTeam}
                  </Button>
                </Link>
              </>
            ) : null}
          </Space>
        }
      />
      <StationingList<Row>
        params={params}
        towns={townOptions}
        statusLabels={{ active: t.teamActive, ended: t.teamDissolved }}
        onFilterChange={onFilterChange}
        error={error}
        onRetry={() => refetch()}
        tableProps={tableProps}
        columns={columns}
        scrollX={1150}
      />
    </div>
  );
}
