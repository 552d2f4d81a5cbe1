import { benefitLinkModeLabels, labelOf } from '@hanbin/ui';
import { Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { moneyColumn } from '../../../components/columns';
import { QueryError } from '../../../components/QueryError';
import type {
  ParkBenefitLinkCursorsQuery as CursorsData,
  ParkBenefitLinksQuery as ListData,
} from '../../../gql/graphql';
import { DEFAULT_PAGE_SIZE } from '../../../lib/paging';
import { usePagedTable } from '../../../lib/usePagedTable';
import { ParkBenefitLinkCursorsQuery, ParkBenefitLinksQuery } from '../industry.graphql';
import { industryText as t } from '../locale';

type Row = ListData['benefitLinks']['edges'][number]['node'];

const listConnection = (d: ListData) => d.benefitLinks;
const cursorConnection = (d: CursorsData) => d.benefitLinks;

export interface BenefitLinksTableProps {
  parkId: string;
  /** Whether the viewer may read the register (household:read): only then is the household asked for. */
  withHousehold: boolean;
}

/** What the table asks for (and 导出 Excel sends): the park's links, with the household when the viewer may read it. */
export function benefitLinkVariables(parkId: string, withHousehold: boolean) {
  return { filter: { parkId }, withHousehold };
}

/** The households a park carries, latest year first, server-paged. */
export function BenefitLinksTable({ parkId, withHousehold }: BenefitLinksTableProps) {
  const [paging, setPaging] = useState({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const variables = useMemo(() => benefitLinkVariables(parkId, withHousehold), [parkId, withHousehold]);
  const onPageChange = useCallback((page: number, pageSize: number) => setPaging({ page, pageSize }), []);
  const { tableProps, error, refetch } = usePagedTable({
    query: ParkBenefitLinksQuery,
    cursorsQuery: ParkBenefitLinkCursorsQuery,
    variables,
    connection: listConnection,
    cursorConnection,
    page: paging.page,
    pageSize: paging.pageSize,
    onPageChange,
  });

  const columns: TableColumnsType<Row> = [
    { title: t.linkYear, dataIndex: 'year', width: 90, render: (y: number) => t.yearOption(y) },
    {
      title: t.mode,
      dataIndex: 'mode',
      key: 'mode',
      width: 110,
      render: (mode: Row['mode']) => <Tag color="green">{labelOf(benefitLinkModeLabels, mode)}</Tag>,
    },
    {
      title: t.household,
      key: 'household',
      width: 260,
      render: (_, row) =>
        row.household ? (
          <>
            <Link to={`/monitoring/households/${row.household.id}`}>{`${row.household.headName}户`}</Link>
            <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
              {`${row.household.village.name} · ${row.household.code}`}
            </Typography.Text>
          </>
        ) : (
          <Typography.Text type="secondary">{t.householdHidden}</Typography.Text>
        ),
    },
    moneyColumn<Row>(t.linkIncome, 'incomeGained', 140),
    { title: t.note, dataIndex: 'note', ellipsis: true },
  ];

  return (
    <>
      {error ? <QueryError error={error} onRetry={() => refetch()} /> : null}
      <Table<Row>
        {...tableProps}
        size="small"
        columns={columns}
        locale={{ emptyText: t.noLinks }}
        scroll={{ x: 760 }}
      />
    </>
  );
}
