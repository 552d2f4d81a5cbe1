import { FundCategoryTag } from '@hanbin/ui';
import { Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { moneyColumn, rateColumn } from '../../../components/columns';
import { QueryError } from '../../../components/QueryError';
import type {
  FundAllocationCursorsQuery as CursorsData,
  FundAllocationFilter,
  FundAllocationListQuery as ListData,
} from '../../../gql/graphql';
import { commonText } from '../../../lib/locale';
import { type PagedListProps, usePagedTable } from '../../../lib/usePagedTable';
import { FundAllocationCursorsQuery, FundAllocationListQuery } from '../funds.graphql';
import { fundText as t } from '../locale';

type Row = ListData['fundAllocations']['edges'][number]['node'];

const listConnection = (d: ListData) => d.fundAllocations;
const cursorConnection = (d: CursorsData) => d.fundAllocations;

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
  moneyColumn(t.allocationAmount, 'amount', 150),
  moneyColumn(t.sourceDisbursed, 'disbursedAmount', 150),
  moneyColumn(t.allocationRemaining, 'remainingAmount', 150),
  rateColumn(t.sourceRate, 'executionRate'),
];

/** 资金安排: which project got how much of which source, and how much of it is paid. */
export function FundAllocationsTab({ filter, page, pageSize, onPageChange }: PagedListProps<FundAllocationFilter>) {
  const variables = useMemo(() => ({ filter }), [filter]);
  const { tableProps, error, refetch } = usePagedTable({
    query: FundAllocationListQuery,
    cursorsQuery: FundAllocationCursorsQuery,
    variables,
    connection: listConnection,
    cursorConnection,
    page,
    pageSize,
    onPageChange,
  });

  return (
    <div>
      {error ? <QueryError error={error} onRetry={() => refetch()} /> : null}
      <Table<Row> {...tableProps} columns={columns} scroll={{ x: 1500 }} />
    </div>
  );
}
