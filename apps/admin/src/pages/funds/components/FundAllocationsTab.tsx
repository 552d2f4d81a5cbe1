import { FundCategoryTag, MoneyText, RateText } from '@hanbin/ui';
import { Table, type TableColumnsType } from 'antd';
import { useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../../../components/QueryError';
import type {
  FundAllocationCursorsQuery as CursorsData,
  FundAllocationFilter,
  FundAllocationListQuery as ListData,
} from '../../../gql/graphql';
import { commonText } from '../../../lib/locale';
import { usePagedQuery } from '../../../lib/usePagedQuery';
import { FundAllocationCursorsQuery, FundAllocationListQuery } from '../funds.graphql';
import { fundText as t } from '../locale';

type Row = ListData['fundAllocations']['edges'][number]['node'];

const listConnection = (d: ListData) => d.fundAllocations;
const cursorConnection = (d: CursorsData) => d.fundAllocations;

export interface FundAllocationsTabProps {
  filter: FundAllocationFilter;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

/** 资金安排: which project got how much of which source, and how much of it is paid. */
export function FundAllocationsTab({ filter, page, pageSize, onPageChange }: FundAllocationsTabProps) {
  const variables = useMemo(() => ({ filter }), [filter]);
  const backToFirst = useCallback(() => onPageChange(1, pageSize), [onPageChange, pageSize]);
  const { shown, loading, error, refetch } = usePagedQuery({
    query: FundAllocationListQuery,
    cursorsQuery: FundAllocationCursorsQuery,
    variables,
    connection: listConnection,
    cursorConnection,
    page,
    pageSize,
    onOutOfRange: backToFirst,
  });

  const money = (v: string) => <MoneyText value={v} showUnit={false} />;
  const columns: TableColumnsType<Row> = [
    {
      title: t.project,
      key: 'project',
      render: (_, a) => <Link to={`/projects/${a.project.id}`}>{`${a.project.code} ${a.project.name}`}</Link>,
    },
    { title: t.town, key: 'town', width: 120, render: (_, a) => a.project.town.name },
    {
      title: t.fundSource,
      key: 'source',
      width: 300,
      render: (_, a) => (
        <span>
          <FundCategoryTag category={a.fundSource.category} />
          {a.fundSource.name}
        </span>
      ),
    },
    { title: t.allocatedOn, dataIndex: 'allocatedOn', width: 110 },
    {
      title: t.sourceDocument,
      dataIndex: 'documentNo',
      width: 170,
      render: (d: string | null) => d ?? commonText.none,
    },
    { title: t.allocationAmount, dataIndex: 'amount', width: 150, align: 'right', render: money },
    { title: t.sourceDisbursed, dataIndex: 'disbursedAmount', width: 150, align: 'right', render: money },
    { title: t.allocationRemaining, dataIndex: 'remainingAmount', width: 150, align: 'right', render: money },
    {
      title: t.sourceRate,
      dataIndex: 'executionRate',
      width: 100,
      align: 'right',
      render: (r: string | null) => <RateText value={r} />,
    },
  ];

  return (
    <div>
      {error ? <QueryError error={error} onRetry={() => refetch()} /> : null}
      <Table<Row>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={shown?.fundAllocations.edges.map((e) => e.node) ?? []}
        loading={loading}
        scroll={{ x: 1500 }}
        pagination={{
          current: page,
          pageSize,
          total: shown?.fundAllocations.totalCount ?? 0,
          showSizeChanger: true,
          pageSizeOptions: ['10', '20', '50', '100'],
          showTotal: (n) => commonText.total(n),
        }}
        onChange={(p, _f, _s, extra) => {
          if (extra.action === 'paginate') onPageChange(p.current ?? 1, p.pageSize ?? pageSize);
        }}
      />
    </div>
  );
}
