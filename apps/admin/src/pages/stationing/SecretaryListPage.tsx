import { UserAddOutlined } from '@ant-design/icons';
import { Button, Space, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Permission } from '../../auth/permissions';
import { useCan } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import { ExportButton } from '../../export/ExportButton';
import type {
  FirstSecretaryCursorsQuery as CursorsData,
  FirstSecretaryListQuery as ListData,
  FirstSecretaryRowFragment as Row,
} from '../../gql/graphql';
import { AppointSecretaryModal } from './components/AppointSecretaryModal';
import { cadreColumn, endedColumns, placeColumn } from './components/columns';
import { type EndingTerm, EndTermModal } from './components/EndTermModal';
import { SecretaryHistoryDrawer } from './components/SecretaryHistoryDrawer';
import { StationingList } from './components/StationingList';
import { ENDED } from './listState';
import { stationingText as t } from './locale';
import { FirstSecretaryCursorsQuery, FirstSecretaryListQuery } from './stationing.graphql';
import { useStationingList } from './useStationingList';

const listConnection = (d: ListData) => d.firstSecretaries;
const cursorConnection = (d: CursorsData) => d.firstSecretaries;

/** 第一书记: filtered by place, unit and 在任 / 已离任; 选派 (with rotation), 离任, each village's 历任. */
export function SecretaryListPage() {
  const can = useCan();
  const canWrite = can(Permission.stationingWrite);
  const { params, variables, tableProps, error, refetch, townOptions, onFilterChange } = useStationingList(
    FirstSecretaryListQuery,
    FirstSecretaryCursorsQuery,
    listConnection,
    cursorConnection,
  );
  // 全覆盖 links `?appoint=<village>` for a village that lacks a secretary (its town is its code's first 9 digits).
  const [appointing, setAppointing] = useState<{ townCode?: string; villageCode?: string } | null>(() => {
    const village = params.get('appoint');
    return canWrite && village && /^\d{12}$/.test(village)
      ? { townCode: village.slice(0, 9), villageCode: village }
      : null;
  });
  const [ending, setEnding] = useState<EndingTerm | null>(null);
  const [history, setHistory] = useState<{ code: string; name: string } | null>(null);
  const ended = params.get('status') === ENDED;

  const columns: TableColumnsType<Row> = [
    cadreColumn<Row>(),
    placeColumn<Row>(),
    { title: t.secretaryStartedOn, dataIndex: 'startedOn', width: 120 },
    ...(ended ? endedColumns<Row>(t.secretaryEndedOn) : []),
    {
      title: t.actions,
      key: 'actions',
      width: 170,
      render: (_, row) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setHistory(row.village)}>
            {t.history}
          </Button>
          {canWrite && !row.endedOn ? (
            <>
              <Button
                type="link"
                size="small"
                onClick={() => setAppointing({ townCode: row.town.code, villageCode: row.village.code })}
              >
                {t.rotate}
              </Button>
              <Button
                type="link"
                size="small"
                danger
                onClick={() =>
                  setEnding({ id: row.id, version: row.version, startedOn: row.startedOn, name: row.cadre.name })
                }
              >
                {t.endSecretary}
              </Button>
            </>
          ) : null}
        </Space>
      ),
    },
  ];

  const closeAppoint = () => {
    setAppointing(null);
    if (params.get('appoint')) onFilterChange({ appoint: null });
  };
  const done = () => {
    closeAppoint();
    setEnding(null);
    refetch();
  };

  return (
    <div>
      <PageHeader
        title={t.secretariesTitle}
        sub={t.secretariesSub}
        extra={
          <Space wrap>
            <ExportButton dataset="FIRST_SECRETARIES" variables={variables} />
            {canWrite ? (
              <Button type="primary" icon={<UserAddOutlined />} onClick={() => setAppointing({})}>
                {t.appoint}
              </Button>
            ) : null}
          </Space>
        }
      />
      <StationingList<Row>
        params={params}
        towns={townOptions}
        statusLabels={{ active: t.secretaryActive, ended: t.secretaryEnded }}
        onFilterChange={onFilterChange}
        error={error}
        onRetry={() => refetch()}
        tableProps={tableProps}
        columns={columns}
        scrollX={1000}
      />
      <AppointSecretaryModal towns={townOptions} target={appointing} onClose={closeAppoint} onAppointed={done} />
      <EndTermModal kind="secretary" term={ending} onClose={() => setEnding(null)} onEnded={done} />
      <SecretaryHistoryDrawer village={history} onClose={() => setHistory(null)} />
    </div>
  );
}
