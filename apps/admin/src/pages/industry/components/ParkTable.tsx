import { industryLabels, labelOf, operatorKindLabels, ParkLevelTag } from '@hanbin/ui';
import { Table, type TableColumnsType, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { Link } from 'react-router';
import { moneyColumn } from '../../../components/columns';
import type { IndustrialParkSort, IndustrialParkSortField, ParkRowFragment as Row } from '../../../gql/graphql';
import { tablePagination } from '../../../lib/paging';
import { industryText as t } from '../locale';

export interface ParkTableProps {
  rows: readonly Row[];
  loading: boolean;
  total: number;
  page: number;
  pageSize: number;
  sort: IndustrialParkSort | undefined;
  onPageChange: (page: number, pageSize: number) => void;
  onSortChange: (sort: IndustrialParkSort | undefined) => void;
}

/** A column the server sorts by `field`; its key names the field. */
function sortable(sort: IndustrialParkSort | undefined, field: IndustrialParkSortField) {
  const direction = sort?.field === field ? sort.direction : undefined;
  return {
    key: field,
    sorter: true,
    sortOrder: direction ? (direction === 'ASC' ? 'ascend' : 'descend') : null,
  } as const;
}

/** Where a park sits: its town and the first of its villages. */
export function parkPlace(park: Pick<Row, 'town' | 'villages'>): string {
  return [park.town.name, park.villages[0]?.name].filter(Boolean).join(' / ');
}

/** The park list; sorting and paging happen on the server. */
export function ParkTable({ rows, loading, total, page, pageSize, sort, onPageChange, onSortChange }: ParkTableProps) {
  const columns: TableColumnsType<Row> = [
    { title: t.code, dataIndex: 'code', width: 110, ...sortable(sort, 'CODE') },
    {
      title: t.name,
      dataIndex: 'name',
      width: 240,
      ...sortable(sort, 'NAME'),
      render: (name: string, row) => <Link to={`/industry/parks/${row.id}`}>{name}</Link>,
    },
    {
      title: t.level,
      dataIndex: 'level',
      key: 'level',
      width: 90,
      render: (level: Row['level']) => <ParkLevelTag level={level} />,
    },
    {
      title: t.industry,
      dataIndex: 'industry',
      key: 'industry',
      width: 90,
      render: (industry: Row['industry']) => labelOf(industryLabels, industry),
    },
    { title: t.region, key: 'region', width: 190, render: (_, row) => parkPlace(row) },
    {
      title: t.operatorName,
      key: 'operator',
      width: 240,
      render: (_, row) => (
        <>
          <div>{row.operatorName}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {labelOf(operatorKindLabels, row.operatorKind)}
          </Typography.Text>
        </>
      ),
    },
    { ...moneyColumn<Row>(t.investment, 'investment', 160), ...sortable(sort, 'INVESTMENT') },
    { title: t.jobs, dataIndex: 'jobs', width: 100, align: 'right', ...sortable(sort, 'JOBS') },
    {
      title: t.establishedYear,
      dataIndex: 'establishedYear',
      width: 110,
      align: 'right',
      ...sortable(sort, 'ESTABLISHED_YEAR'),
    },
    {
      title: t.linkedHouseholds,
      dataIndex: 'linkedHouseholds',
      key: 'linkedHouseholds',
      width: 100,
      align: 'right',
      render: (n: number) => t.households(n),
    },
  ];

  return (
    <Table<Row>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows as Row[]}
      loading={loading}
      pagination={tablePagination(page, pageSize, total)}
      scroll={{ x: 1430 }}
      onChange={(p, _filters, sorter, extra) => {
        if (extra.action === 'sort') {
          const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<Row>;
          const field = s.columnKey as IndustrialParkSortField | undefined;
          onSortChange(s.order && field ? { field, direction: s.order === 'ascend' ? 'ASC' : 'DESC' } : undefined);
        } else if (extra.action === 'paginate') {
          onPageChange(p.current ?? 1, p.pageSize ?? pageSize);
        }
      }}
    />
  );
}
