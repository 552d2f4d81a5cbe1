import { PlusOutlined } from '@ant-design/icons';
import { compareMoney, formatMoney } from '@hanbin/ui';
import { Button, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Permission } from '../../../auth/permissions';
import { useCan } from '../../../auth/viewer';
import { moneyColumn } from '../../../components/columns';
import { QueryError } from '../../../components/QueryError';
import type {
  DisbursementCursorsQuery as CursorsData,
  DisbursementFilter,
  DisbursementListQuery as ListData,
} from '../../../gql/graphql';
import { type PagedListProps, usePagedTable } from '../../../lib/usePagedTable';
import { DisbursementCursorsQuery, DisbursementListQuery } from '../funds.graphql';
import { fundText as t } from '../locale';
import { RecordDisbursementModal } from './RecordDisbursementModal';
import { ReverseDisbursementModal, type ReversibleDisbursement } from './ReverseDisbursementModal';

type Row = ListData['disbursements']['edges'][number]['node'];

const listConnection = (d: ListData) => d.disbursements;
const cursorConnection = (d: CursorsData) => d.disbursements;

const isPositive = (money: string) => compareMoney(money, '0.00') > 0;

/** What the note column says besides the note: which payment a reversal corrects, or how much of a payment was reversed. */
function ReversalTag({ d }: { d: Row }) {
  if (d.reverses) return <Tag color="red">{t.reversesLabel(d.reverses.voucherNo)}</Tag>;
  if (!isPositive(d.reversedAmount)) return null;
  return (
    <Tag color="orange">
      {isPositive(d.reversibleAmount) ? t.partlyReversed(formatMoney(d.reversedAmount, '元')) : t.fullyReversed}
    </Tag>
  );
}

/** Payments, newest first, server-paged; record one, or reverse one with a negative entry. */
export function DisbursementsTab({ filter, page, pageSize, onPageChange }: PagedListProps<DisbursementFilter>) {
  const [recording, setRecording] = useState(false);
  const [reversing, setReversing] = useState<ReversibleDisbursement | null>(null);
  const canWrite = useCan()(Permission.fundWrite);
  const variables = useMemo(() => ({ filter }), [filter]);
  const { tableProps, error, refetch } = usePagedTable({
    query: DisbursementListQuery,
    cursorsQuery: DisbursementCursorsQuery,
    variables,
    connection: listConnection,
    cursorConnection,
    page,
    pageSize,
    onPageChange,
  });

  const actions: TableColumnsType<Row> = [
    {
      title: '',
      key: 'actions',
      width: 72,
      fixed: 'right',
      // The server says what is left to reverse: nothing for a reversal or a payment reversed in full.
      render: (_, d) =>
        isPositive(d.reversibleAmount) ? (
          <Button size="small" danger onClick={() => setReversing(d)}>
            {t.reverse}
          </Button>
        ) : null,
    },
  ];
  const columns: TableColumnsType<Row> = [
    { title: t.paidOn, dataIndex: 'paidOn', width: 100 },
    { title: t.voucherNo, dataIndex: 'voucherNo', width: 140 },
    {
      title: t.project,
      key: 'project',
      render: (_, d) => <Link to={`/projects/${d.allocation.project.id}`}>{d.allocation.project.name}</Link>,
    },
    { title: t.fundSource, key: 'source', width: 220, render: (_, d) => d.allocation.fundSource.name },
    { title: t.payee, dataIndex: 'payee', width: 150 },
    moneyColumn(t.amount, 'amount', 130),
    {
      title: t.note,
      key: 'note',
      width: 200,
      render: (_, d) => (
        <Space size={4} wrap>
          <ReversalTag d={d} />
          {d.note}
        </Space>
      ),
    },
    // 冲销 needs fund:write, as 登记支出 does.
    ...(canWrite ? actions : []),
  ];

  const changed = () => {
    setRecording(false);
    setReversing(null);
    refetch();
  };

  return (
    <div>
      {canWrite ? (
        <div style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
            {t.record}
          </Button>
        </div>
      ) : null}
      {error ? <QueryError error={error} onRetry={() => refetch()} /> : null}
      {/* Fits a 1440 px screen beside the menu; a narrower one scrolls, the 冲销 column stays. */}
      <Table<Row> {...tableProps} columns={columns} scroll={{ x: 1160 }} />
      <RecordDisbursementModal open={recording} onClose={() => setRecording(false)} onRecorded={changed} />
      <ReverseDisbursementModal target={reversing} onClose={() => setReversing(null)} onReversed={changed} />
    </div>
  );
}
