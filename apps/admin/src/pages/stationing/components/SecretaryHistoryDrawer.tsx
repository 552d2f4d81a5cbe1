import { useQuery } from '@apollo/client/react';
import { Drawer, Table, type TableColumnsType, Tag } from 'antd';
import { QueryError } from '../../../components/QueryError';
import type { FirstSecretaryRowFragment as Term } from '../../../gql/graphql';
import { stationingText as t } from '../locale';
import { VillageSecretariesQuery } from '../stationing.graphql';
import { cadreColumn, endedColumns } from './columns';

const columns: TableColumnsType<Term> = [
  cadreColumn<Term>(220),
  { title: t.secretaryStartedOn, dataIndex: 'startedOn', key: 'startedOn', width: 110 },
  ...endedColumns<Term>(t.secretaryEndedOn).map((c) =>
    c.key === 'endedOn' ? { ...c, render: (d: string | null) => d ?? <Tag color="green">{t.inPost}</Tag> } : c,
  ),
];

/** 历任: every first secretary the village has had, newest first, with why each left. */
export function SecretaryHistoryDrawer({
  village,
  onClose,
}: {
  village: { code: string; name: string } | null;
  onClose: () => void;
}) {
  const { data, error, refetch } = useQuery(VillageSecretariesQuery, {
    variables: { villageCode: village?.code ?? '' },
    skip: !village,
    fetchPolicy: 'cache-and-network',
  });
  const terms = (data?.firstSecretaries.edges.map((e) => e.node) ?? []).slice().reverse();
  return (
    <Drawer title={village ? t.historyTitle(village.name) : null} open={village !== null} onClose={onClose} size={720}>
      {error ? <QueryError error={error} onRetry={() => refetch()} /> : null}
      <Table<Term>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={terms}
        loading={!data && !error}
        pagination={false}
        data-testid="secretary-history"
      />
    </Drawer>
  );
}
