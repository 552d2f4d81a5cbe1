import { labelOf, villageCategoryLabels } from '@hanbin/ui';
import { Space, Table, type TableColumnsType, Tag } from 'antd';
import { Link } from 'react-router';
import type { StationingCoverageQuery } from '../../../gql/graphql';
import { stationingText as t } from '../locale';

export type VillageRow = StationingCoverageQuery['stationingCoverage']['towns'][number]['villages'][number];

/** Whether a covered village lacks a team with someone in post, or a first secretary. */
export const isGap = (v: VillageRow) => !v.hasTeam || !v.hasFirstSecretary;

function TeamCell({ village: v, canWrite }: { village: VillageRow; canWrite: boolean }) {
  if (v.hasTeam && v.teamId) {
    return (
      <Space size={4} wrap>
        <Tag color="green">{t.teamInPost(v.members)}</Tag>
        <Link to={`/stationing/teams/${v.teamId}`}>{t.openTeam}</Link>
      </Space>
    );
  }
  if (v.teamId) {
    return (
      <Space size={4} wrap>
        <Tag color="error">{t.teamEmpty}</Tag>
        <Link to={`/stationing/teams/${v.teamId}`}>{canWrite ? t.goAddMember : t.openTeam}</Link>
      </Space>
    );
  }
  return (
    <Space size={4} wrap>
      <Tag color="error">{t.teamNone}</Tag>
      {canWrite ? <Link to={`/stationing/teams/new?village=${v.villageCode}`}>{t.goCreateTeam}</Link> : null}
    </Space>
  );
}

function SecretaryCell({ village: v, canWrite }: { village: VillageRow; canWrite: boolean }) {
  if (v.hasFirstSecretary) return <Tag color="green">{t.secretaryYes}</Tag>;
  return (
    <Space size={4} wrap>
      <Tag color="error">{t.secretaryNone}</Tag>
      {canWrite ? <Link to={`/stationing/secretaries?appoint=${v.villageCode}`}>{t.goAppoint}</Link> : null}
    </Space>
  );
}

/** One town's covered villages: the kinds that make them covered, their team and first secretary; gaps in red. */
export function CoverageVillageTable({ villages, canWrite }: { villages: readonly VillageRow[]; canWrite: boolean }) {
  const columns: TableColumnsType<VillageRow> = [
    { title: t.villageCol, dataIndex: 'villageName', width: 160 },
    {
      title: t.categoriesCol,
      dataIndex: 'categories',
      width: 320,
      render: (categories: VillageRow['categories']) => (
        <Space size={[4, 4]} wrap>
          {categories.map((c) => (
            <Tag key={c}>{labelOf(villageCategoryLabels, c)}</Tag>
          ))}
        </Space>
      ),
    },
    { title: t.teamCol, key: 'team', width: 240, render: (_, v) => <TeamCell village={v} canWrite={canWrite} /> },
    {
      title: t.secretaryCol,
      key: 'secretary',
      width: 200,
      render: (_, v) => <SecretaryCell village={v} canWrite={canWrite} />,
    },
  ];
  return (
    <Table<VillageRow>
      rowKey="villageCode"
      size="small"
      columns={columns}
      dataSource={villages as VillageRow[]}
      pagination={false}
      onRow={(v) => (isGap(v) ? { style: { background: '#fff2f0' }, 'data-gap': 'true' } : {})}
    />
  );
}
