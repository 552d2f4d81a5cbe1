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

/**
 * A figure of a group as the API sends it. Linked households and income are withheld (null) for a
 * group too small to show to viewers who may not read households: the households cell then shows
 * the API's display ("<5" or "已隐藏"), the income cell a dash.
 */
function figureCell(group: Group, figure: GroupFigure) {
  const value = group[figure];
  if (value === null) {
    return (
      <Tooltip title={t.suppressedHint}>
        <Typography.Text type="secondary">
          {figure === 'linkedHouseholds' ? group.linkedHouseholdsShown.display : '—'}
        </Typography.Text>
      </Tooltip>
    );
  }
  return figure === 'incomeGained' || figure === 'investment' ? (
    <MoneyText value={value as string} showUnit={false} />
  ) : (
    numberCell(value as number)
  );
}

function figureColumn(title: string, figure: GroupFigure, width: number): TableColumnsType<Group>[number] {
  return {
    title,
    dataIndex: figure,
    key: figure,
    width,
    align: 'right',
    sorter: (a, b) => compareGroups(a, b, figure),
    render: (_: unknown, group: Group) => figureCell(group, figure),
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
              {/* A withheld total explains itself (figureCell); a shown one says how it counts. */}
              <Tooltip title={total.suppressed ? undefined : t.totalHint}>
                <span data-testid={testId ? `${testId}-total-households` : undefined}>
                  {figureCell(total, 'linkedHouseholds')}
                </span>
              </Tooltip>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              {figureCell(total, 'incomeGained')}
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
