import { Table, type TableColumnsType } from 'antd';
import { commonText } from '../../../lib/locale';
import { projectText as t, targetLevelLabels, targetOperatorSymbols } from '../locale';
import type { ProjectDetail } from './ProjectInfo';

type Target = ProjectDetail['performanceTargets'][number];

/** "148.0000" → "148", "97.5000" → "97.5": the API sends indicator values with four decimals. */
export function trimDecimal(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

/** 绩效目标: level 1 / level 2 / indicator with its operator, target and actual value. */
export function TargetsTable({ targets }: { targets: readonly Target[] }) {
  const columns: TableColumnsType<Target> = [
    {
      title: t.targetLevel,
      dataIndex: 'level',
      width: 110,
      render: (v: string) => targetLevelLabels[v] ?? v,
    },
    { title: t.targetSubLevel, dataIndex: 'subLevel', width: 140 },
    { title: t.targetIndicator, dataIndex: 'indicator' },
    {
      title: t.targetValue,
      key: 'target',
      width: 180,
      render: (_, x) => `${targetOperatorSymbols[x.operator] ?? x.operator} ${trimDecimal(x.targetValue)} ${x.unit}`,
    },
    {
      title: t.targetActual,
      key: 'actual',
      width: 140,
      render: (_, x) =>
        x.actualValue === null || x.actualValue === undefined
          ? commonText.none
          : `${trimDecimal(x.actualValue)} ${x.unit}`,
    },
    { title: t.targetScore, dataIndex: 'score', width: 80, render: (v: string | null) => v ?? commonText.none },
  ];
  return (
    <Table<Target>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={targets as Target[]}
      pagination={false}
      locale={{ emptyText: t.noTargets }}
    />
  );
}
