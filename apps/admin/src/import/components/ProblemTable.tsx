import { Table, type TableColumnsType } from 'antd';
import { commonText } from '../../lib/locale';
import type { ImportProblem } from '../importApi';
import { importText as t } from '../locale';

type Row = ImportProblem & { key: number };

const columns = (problems: ImportProblem[]): TableColumnsType<Row> => {
  const headers = [...new Set(problems.map((p) => p.column).filter(Boolean))];
  return [
    {
      title: t.problemRow,
      dataIndex: 'row',
      width: 90,
      sorter: (a, b) => a.row - b.row,
      defaultSortOrder: 'ascend',
      render: (row: number) => (row > 0 ? row : t.wholeFile),
    },
    {
      title: t.problemColumn,
      dataIndex: 'column',
      width: 160,
      sorter: (a, b) => a.column.localeCompare(b.column, 'zh-CN'),
      // Filtering by column shows, for example, every bad date at once.
      filters: headers.length > 1 ? headers.map((h) => ({ text: h, value: h })) : undefined,
      onFilter: (value, r) => r.column === value,
      render: (column: string, r) => column || (r.row > 0 ? t.wholeRow : '—'),
    },
    { title: t.problemMessage, dataIndex: 'message' },
  ];
};

/** Every problem of a file where a clerk finds it in Excel: row number, column header, what is wrong. */
export function ProblemTable({ problems }: { problems: ImportProblem[] }) {
  const rows = problems.map((p, key) => ({ ...p, key }));
  return (
    <Table<Row>
      data-testid="import-problems"
      size="small"
      rowKey="key"
      columns={columns(problems)}
      dataSource={rows}
      pagination={{
        defaultPageSize: 20,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        hideOnSinglePage: false,
        showTotal: commonText.total,
      }}
    />
  );
}
