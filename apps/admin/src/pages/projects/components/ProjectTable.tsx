import { industryLabels, labelOf, MoneyText, ProjectStatusTag, projectCategoryLabels, RateText } from '@hanbin/ui';
import { Table, type TableColumnsType, type TablePaginationConfig } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { Link } from 'react-router';
import type { ProjectListQuery, ProjectSort, ProjectSortField } from '../../../gql/graphql';
import { commonText } from '../../../lib/locale';
import { PAGE_SIZES } from '../listState';
import { projectText as t } from '../locale';

export type ProjectRow = ProjectListQuery['projects']['edges'][number]['node'];

export interface ProjectTableProps {
  rows: readonly ProjectRow[];
  loading: boolean;
  total: number;
  page: number;
  pageSize: number;
  sort: ProjectSort | undefined;
  onPageChange: (page: number, pageSize: number) => void;
  onSortChange: (sort: ProjectSort | undefined) => void;
}

function sortOrder(sort: ProjectSort | undefined, field: ProjectSortField) {
  if (sort?.field !== field) return null;
  return sort.direction === 'ASC' ? ('ascend' as const) : ('descend' as const);
}

/** The project list; sorting and paging happen on the server. */
export function ProjectTable({
  rows,
  loading,
  total,
  page,
  pageSize,
  sort,
  onPageChange,
  onSortChange,
}: ProjectTableProps) {
  const columns: TableColumnsType<ProjectRow> = [
    { title: t.code, dataIndex: 'code', key: 'CODE', width: 130, sorter: true, sortOrder: sortOrder(sort, 'CODE') },
    {
      title: t.name,
      dataIndex: 'name',
      key: 'NAME',
      width: 280,
      sorter: true,
      sortOrder: sortOrder(sort, 'NAME'),
      render: (name: string, row) => <Link to={`/projects/${row.id}`}>{name}</Link>,
    },
    { title: t.year, dataIndex: 'year', key: 'YEAR', width: 90, sorter: true, sortOrder: sortOrder(sort, 'YEAR') },
    {
      title: t.region,
      key: 'region',
      width: 200,
      render: (_, row) => [row.town.name, row.village?.name].filter(Boolean).join(' / '),
    },
    {
      title: t.category,
      key: 'category',
      width: 150,
      render: (_, row) =>
        row.industry
          ? `${labelOf(projectCategoryLabels, row.category)} · ${labelOf(industryLabels, row.industry)}`
          : labelOf(projectCategoryLabels, row.category),
    },
    {
      title: t.status,
      dataIndex: 'status',
      key: 'status',
      width: 100,
      render: (status: ProjectRow['status']) => <ProjectStatusTag status={status} />,
    },
    {
      title: t.allocated,
      dataIndex: 'allocatedAmount',
      key: 'ALLOCATED',
      align: 'right',
      width: 160,
      sorter: true,
      sortOrder: sortOrder(sort, 'ALLOCATED'),
      render: (v: string) => <MoneyText value={v} showUnit={false} />,
    },
    {
      title: t.disbursed,
      dataIndex: 'disbursedAmount',
      key: 'DISBURSED',
      align: 'right',
      width: 160,
      sorter: true,
      sortOrder: sortOrder(sort, 'DISBURSED'),
      render: (v: string) => <MoneyText value={v} showUnit={false} />,
    },
    {
      title: t.rate,
      dataIndex: 'executionRate',
      key: 'rate',
      align: 'right',
      width: 100,
      render: (v: string | null) => <RateText value={v} />,
    },
  ];

  const pagination: TablePaginationConfig = {
    current: page,
    pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZES.map(String),
    showTotal: (n) => commonText.total(n),
  };

  return (
    <Table<ProjectRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows as ProjectRow[]}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 1400 }}
      onChange={(p, _filters, sorter, extra) => {
        if (extra.action === 'sort') {
          const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<ProjectRow>;
          const field = s.columnKey as ProjectSortField | undefined;
          onSortChange(s.order && field ? { field, direction: s.order === 'ascend' ? 'ASC' : 'DESC' } : undefined);
        } else if (extra.action === 'paginate') {
          onPageChange(p.current ?? 1, p.pageSize ?? pageSize);
        }
      }}
    />
  );
}
