import { industryLabels, labelOf, ProjectStatusTag, projectCategoryLabels } from '@hanbin/ui';
import { Table, type TableColumnsType } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { Link } from 'react-router';
import { moneyColumn, rateColumn } from '../../../components/columns';
import type { ProjectListQuery, ProjectSort, ProjectSortField } from '../../../gql/graphql';
import { tablePagination } from '../../../lib/paging';
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

/** A column the server sorts by `field`; its key names the field. */
function sortable(sort: ProjectSort | undefined, field: ProjectSortField) {
  const direction = sort?.field === field ? sort.direction : undefined;
  return {
    key: field,
    sorter: true,
    sortOrder: direction ? (direction === 'ASC' ? 'ascend' : 'descend') : null,
  } as const;
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
    { title: t.code, dataIndex: 'code', width: 130, ...sortable(sort, 'CODE') },
    {
      title: t.name,
      dataIndex: 'name',
      width: 280,
      ...sortable(sort, 'NAME'),
      render: (name: string, row) => <Link to={`/projects/${row.id}`}>{name}</Link>,
    },
    { title: t.year, dataIndex: 'year', width: 90, ...sortable(sort, 'YEAR') },
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
    { ...moneyColumn(t.allocated, 'allocatedAmount', 160), ...sortable(sort, 'ALLOCATED') },
    { ...moneyColumn(t.disbursed, 'disbursedAmount', 160), ...sortable(sort, 'DISBURSED') },
    { ...rateColumn(t.rate, 'executionRate'), key: 'rate' },
  ];

  return (
    <Table<ProjectRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows as ProjectRow[]}
      loading={loading}
      pagination={tablePagination(page, pageSize, total)}
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
