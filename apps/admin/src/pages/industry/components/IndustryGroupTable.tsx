import { MoneyText } from '@hanbin/ui';
import { Table, type TableColumnsType, Tooltip, Typography } from 'antd';
import type { IndustryGroupRowFragment as Group } from '../../../gql/graphql';
import { industryText as t } from '../locale';
import { compareGroups, type GroupFigure } from './industryGroups';

export interface IndustryGroupTableProps {
  /** 主导产业 or 镇办: the first column's title. */
  groupTitle: string;
  groups: readonly Group[];
  /** The API's total: a household carried by parks of two groups counts in both rows but once in it. */
  total: Group;
  testId?: string;
}

const numberCell = (n: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{n}</span>;

function figureColumn(title: string, figure: GroupFigure, width: number): TableColumnsType<Group>[number] {
  const money = figure === 'incomeGained' || figure === 'investment';
  return {
    title,
    dataIndex: figure,
    key: figure,
    width,
    align: 'right',
    sorter: (a, b) => compareGroups(a, b, figure),
    render: (v: string | number) =>
      money ? <MoneyText value={v as string} showUnit={false} /> : numberCell(v as number),
  };
}

/** Parks, linked households, income gained, investment and jobs per group, with the API's total. */
export function IndustryGroupTable({ groupTitle, groups, total, testId }: IndustryGroupTableProps) {
  const columns: TableColumnsType<Group> = [
    { title: groupTitle, dataIndex: 'label', key: 'label', width: 140, fixed: 'left' },
    figureColumn(t.parks, 'parks', 90),
    figureColumn(t.linkedHouseholds, 'linkedHouseholds', 110),
    figureColumn(t.incomeGained, 'incomeGained', 160),
    figureColumn(t.investment, 'investment', 180),
    figureColumn(t.jobs, 'jobs', 100),
  ];
  return (
    <Table<Group>
      data-testid={testId}
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={groups as Group[]}
      pagination={false}
      scroll={{ x: 780 }}
      summary={() => (
        <Table.Summary fixed>
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t.total}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {numberCell(total.parks)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              <Tooltip title={t.totalHint}>
                <span data-testid={testId ? `${testId}-total-households` : undefined}>
                  {numberCell(total.linkedHouseholds)}
                </span>
              </Tooltip>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              <MoneyText value={total.incomeGained} showUnit={false} />
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              <MoneyText value={total.investment} showUnit={false} />
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              {numberCell(total.jobs)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
