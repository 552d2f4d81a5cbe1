import { Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import type { StationingCoverageQuery } from '../../../gql/graphql';
import { stationingText as t } from '../locale';
import { CoverageVillageTable, isGap } from './CoverageVillageTable';

type TownRow = StationingCoverageQuery['stationingCoverage']['towns'][number];

const columns: TableColumnsType<TownRow> = [
  { title: t.filterTown, dataIndex: 'townName', width: 160 },
  { title: t.covered, dataIndex: 'covered', width: 140, align: 'right' },
  { title: t.withTeam, dataIndex: 'withTeam', width: 120, align: 'right' },
  { title: t.withSecretary, dataIndex: 'withFirstSecretary', width: 120, align: 'right' },
  {
    title: t.gaps,
    key: 'gaps',
    width: 140,
    render: (_, town) => {
      const gaps = town.villages.filter(isGap).length;
      return gaps > 0 ? <Tag color="error">{t.gapCount(gaps)}</Tag> : <Tag color="green">{t.fullyCovered}</Tag>;
    },
  },
];

export interface CoverageTownTableProps {
  towns: readonly TownRow[];
  /** Only the villages that lack something (and the towns that have such). */
  onlyGaps: boolean;
  canWrite: boolean;
}

/**
 * Coverage by town; a town opens to its villages. Towns with gaps are open to begin with (and a
 * single town always), so what is missing is in view.
 */
export function CoverageTownTable({ towns, onlyGaps, canWrite }: CoverageTownTableProps) {
  const [expanded, setExpanded] = useState<readonly string[] | null>(null);
  const rows = onlyGaps ? towns.filter((town) => town.villages.some(isGap)) : towns;
  const open =
    expanded ?? rows.filter((town) => rows.length === 1 || town.villages.some(isGap)).map((town) => town.townCode);
  return (
    <Table<TownRow>
      rowKey="townCode"
      size="middle"
      columns={columns}
      dataSource={rows as TownRow[]}
      pagination={false}
      locale={{ emptyText: onlyGaps ? t.noGaps : undefined }}
      expandable={{
        expandedRowKeys: open as string[],
        onExpandedRowsChange: (keys) => setExpanded(keys as string[]),
        expandedRowRender: (town) => (
          <CoverageVillageTable villages={onlyGaps ? town.villages.filter(isGap) : town.villages} canWrite={canWrite} />
        ),
      }}
    />
  );
}
