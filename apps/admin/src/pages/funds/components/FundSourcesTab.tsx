import { useQuery } from '@apollo/client/react';
import { computeRate, FundCategoryTag, fundLevelLabels, labelOf, MoneyText, RateText, sumMoney } from '@hanbin/ui';
import { Table, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import { moneyColumn, rateColumn } from '../../../components/columns';
import { QueryError } from '../../../components/QueryError';
import type { FundSourcesQuery as FundSourcesData } from '../../../gql/graphql';
import { commonText } from '../../../lib/locale';
import { FundSourcesQuery } from '../funds.graphql';
import { fundText as t } from '../locale';

type Source = FundSourcesData['fundSources']['edges'][number]['node'];

const columns: TableColumnsType<Source> = [
  { title: t.sourceCode, dataIndex: 'code', width: 120 },
  {
    title: t.sourceName,
    dataIndex: 'name',
    width: 300,
    render: (name: string, s) => <Link to={`/projects?fundSource=${encodeURIComponent(s.id)}`}>{name}</Link>,
  },
  { title: t.yearLabel, dataIndex: 'year', width: 80 },
  {
    title: t.sourceCategory,
    dataIndex: 'category',
    width: 200,
    render: (c: Source['category']) => <FundCategoryTag category={c} />,
  },
  { title: t.sourceLevel, dataIndex: 'level', width: 80, render: (l: string) => labelOf(fundLevelLabels, l) },
  {
    title: t.sourceDocument,
    dataIndex: 'documentNo',
    width: 180,
    render: (d: string | null) => d ?? commonText.none,
  },
  { title: t.sourceProjects, dataIndex: 'projectCount', width: 90, align: 'right' },
  moneyColumn(t.sourceAllocated, 'allocatedAmount', 170),
  moneyColumn(t.sourceDisbursed, 'disbursedAmount', 170),
  rateColumn(t.sourceRate, 'executionRate'),
];

/** Fund sources of a year with what was allocated and paid from each; totals computed exactly. */
export function FundSourcesTab({ year }: { year: number | undefined }) {
  const { data, loading, error, refetch } = useQuery(FundSourcesQuery, {
    variables: { filter: year ? { year } : null, first: 100 },
  });
  if (error && !data) return <QueryError error={error} onRetry={() => refetch()} />;
  const rows = data?.fundSources.edges.map((e) => e.node) ?? [];
  const allocated = sumMoney(rows.map((r) => r.allocatedAmount));
  const disbursed = sumMoney(rows.map((r) => r.disbursedAmount));

  return (
    <Table<Source>
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1500 }}
      summary={() =>
        rows.length > 0 ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={7}>
              <Typography.Text strong>{t.totalRow}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={7} align="right">
              <MoneyText value={allocated} showUnit={false} />
            </Table.Summary.Cell>
            <Table.Summary.Cell index={8} align="right">
              <MoneyText value={disbursed} showUnit={false} />
            </Table.Summary.Cell>
            <Table.Summary.Cell index={9} align="right">
              <RateText value={computeRate(disbursed, allocated)} />
            </Table.Summary.Cell>
          </Table.Summary.Row>
        ) : null
      }
    />
  );
}
