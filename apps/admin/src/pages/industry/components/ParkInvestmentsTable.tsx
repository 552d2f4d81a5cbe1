import { Table, type TableColumnsType } from 'antd';
import { moneyColumn } from '../../../components/columns';
import { industryText as t } from '../locale';
import type { ParkDetail } from './ParkInfo';

type Row = ParkDetail['investments'][number];

/** What East–West partner enterprises invested in this park. */
export function ParkInvestmentsTable({ investments }: { investments: readonly Row[] }) {
  const columns: TableColumnsType<Row> = [
    { title: t.year, dataIndex: 'year', width: 90, render: (y: number) => t.yearOption(y) },
    { title: t.enterprise, key: 'enterprise', width: 240, render: (_, row) => row.enterprise.name },
    moneyColumn<Row>(t.amount, 'amount', 160),
    { title: t.description, dataIndex: 'description' },
  ];
  return (
    <Table<Row>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={investments as Row[]}
      pagination={false}
      locale={{ emptyText: t.noInvestments }}
    />
  );
}
