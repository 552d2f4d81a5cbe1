import { PlusOutlined } from '@ant-design/icons';
import { MoneyText } from '@hanbin/ui';
import { Button, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../../../components/QueryError';
import type {
  DisbursementCursorsQuery as CursorsData,
  DisbursementFilter,
  DisbursementListQuery as ListData,
} from '../../../gql/graphql';
import { commonText } from '../../../lib/locale';
import { usePagedQuery } from '../../../lib/usePagedQuery';
import { DisbursementCursorsQuery, DisbursementListQuery } from '../funds.graphql';
import { fundText as t } from '../locale';
import { RecordDisbursementModal } from './RecordDisbursementModal';
import { ReverseDisbursementModal, type ReversibleDisbursement } from './ReverseDisbursementModal';

type Row = ListData['disbursements']['edges'][number]['node'];

const listConnection = (d: ListData) => d.disbursements;
const cursorConnection = (d: CursorsData) => d.disbursements;

export interface DisbursementsTabProps {
  filter: DisbursementFilter;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

/** Payments, newest first, server-paged; record one, or reverse one with a negative entry. */
export function DisbursementsTab({ filter, page, pageSize, onPageChange }: DisbursementsTabProps) {
  const [recording, setRecording] = useState(false);
  const [reversing, setReversing] = useState<ReversibleDisbursement | null>(null);
  const variables = useMemo(() => ({ filter }), [filter]);
  const backToFirst = useCallback(() => onPageChange(1, pageSize), [onPageChange, pageSize]);
  const { shown, loading, error, refetch } = usePagedQuery({
    query: DisbursementListQuery,
    cursorsQuery: DisbursementCursorsQuery,
    variables,
    connection: listConnection,
    cursorConnection,
    page,
    pageSize,
    onOutOfRange: backToFirst,
  });

  const columns: TableColumnsType<Row> = [
    { title: t.paidOn, dataIndex: 'paidOn', width: 110 },
    { title: t.voucherNo, dataIndex: 'voucherNo', width: 170 },
    {
      title: t.project,
      key: 'project',
      render: (_, d) => <Link to={`/projects/${d.allocation.project.id}`}>{d.allocation.project.name}</Link>,
    },
    { title: t.fundSource, key: 'source', width: 260, render: (_, d) => d.allocation.fundSource.name },
    { title: t.payee, dataIndex: 'payee', width: 160 },
    {
      title: t.amount,
      dataIndex: 'amount',
      align: 'right',
      width: 150,
      render: (v: string) => <MoneyText value={v} showUnit={false} />,
    },
    {
      title: t.note,
      key: 'note',
      width: 220,
      render: (_, d) => (
        <Space size={4} wrap>
          {d.reverses ? <Tag color="red">{t.reversesLabel(d.reverses.voucherNo)}</Tag> : null}
          {d.note}
        </Space>
      ),
    },
    {
      title: '',
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, d) =>
        // Reversals are never reversed; whether an original is already fully reversed, the server says.
        !d.reverses && !d.amount.startsWith('-') ? (
          <Button size="small" danger onClick={() => setReversing(d)}>
            {t.reverse}
          </Button>
        ) : null,
    },
  ];

  const changed = () => {
    setRecording(false);
    setReversing(null);
    refetch();
  };

  return (
    <div>
      <div style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
          {t.record}
        </Button>
      </div>
      {error ? <QueryError error={error} onRetry={() => refetch()} /> : null}
      <Table<Row>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={shown?.disbursements.edges.map((e) => e.node) ?? []}
        loading={loading}
        scroll={{ x: 1300 }}
        pagination={{
          current: page,
          pageSize,
          total: shown?.disbursements.totalCount ?? 0,
          showSizeChanger: true,
          pageSizeOptions: ['10', '20', '50', '100'],
          showTotal: (n) => commonText.total(n),
        }}
        onChange={(p, _f, _s, extra) => {
          if (extra.action === 'paginate') onPageChange(p.current ?? 1, p.pageSize ?? pageSize);
        }}
      />
      <RecordDisbursementModal open={recording} onClose={() => setRecording(false)} onRecorded={changed} />
      <ReverseDisbursementModal target={reversing} onClose={() => setReversing(null)} onReversed={changed} />
    </div>
  );
}
