import { FundCategoryTag, fundLevelLabels, labelOf } from '@hanbin/ui';
import { Table, type TableColumnsType, Typography } from 'antd';
import { moneyColumn } from '../../../components/columns';
import { projectText as t } from '../locale';
import type { ProjectDetail } from './ProjectInfo';

type Allocation = ProjectDetail['allocations'][number];
type Disbursement = Allocation['disbursements'][number];

function DisbursementList({ rows }: { rows: readonly Disbursement[] }) {
  const columns: TableColumnsType<Disbursement> = [
    { title: t.paidOn, dataIndex: 'paidOn', width: 120 },
    { title: t.voucherNo, dataIndex: 'voucherNo', width: 180 },
    { title: t.payee, dataIndex: 'payee' },
    moneyColumn(t.amount, 'amount', 160),
    {
      title: t.note,
      key: 'note',
      render: (_, d) => (d.reverses ? `${t.reverses(d.reverses.voucherNo)} ${d.note}`.trim() : d.note),
    },
  ];
  return (
    <Table<Disbursement>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows as Disbursement[]}
      pagination={false}
    />
  );
}

/** The money assigned to the project, by fund source, each with its payments (expand a row). */
export function AllocationsTable({ allocations }: { allocations: readonly Allocation[] }) {
  const columns: TableColumnsType<Allocation> = [
    {
      title: t.fundSource,
      key: 'source',
      render: (_, a) => (
        <span>
          <FundCategoryTag category={a.fundSource.category} />
          {a.fundSource.name}
          <Typography.Text type="secondary">（{labelOf(fundLevelLabels, a.fundSource.level)}）</Typography.Text>
        </span>
      ),
    },
    { title: t.allocatedOn, dataIndex: 'allocatedOn', width: 120 },
    moneyColumn(t.allocationAmount, 'amount', 160),
    moneyColumn(t.allocationDisbursed, 'disbursedAmount', 160),
    moneyColumn(t.allocationRemaining, 'remainingAmount', 160),
    { title: '', key: 'count', width: 100, render: (_, a) => t.disbursementCount(a.disbursements.length) },
  ];
  return (
    <Table<Allocation>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={allocations as Allocation[]}
      pagination={false}
      locale={{ emptyText: t.noAllocations }}
      expandable={{
        rowExpandable: (a) => a.disbursements.length > 0,
        expandedRowRender: (a) => <DisbursementList rows={a.disbursements} />,
      }}
    />
  );
}
