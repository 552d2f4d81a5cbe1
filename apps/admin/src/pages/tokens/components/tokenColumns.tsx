import { apiTokenKindLabels, datasetLabels, labelOf } from '@hanbin/ui';
import { Button, Popconfirm, Space, type TableColumnsType, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ApiTokenRowFragment as Row } from '../../../gql/graphql';
import { tokenText as t } from '../locale';

const time = (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : null);

/** 有效, 已过期 or 已吊销. */
export function TokenStatus({ token }: { token: Pick<Row, 'revokedAt' | 'expiresAt'> }) {
  if (token.revokedAt) return <Tag>{t.revoked}</Tag>;
  if (dayjs(token.expiresAt).isBefore(dayjs())) return <Tag color="warning">{t.expired}</Tag>;
  return <Tag color="success">{t.active}</Tag>;
}

export function tokenColumns(onRevoke: (token: Row) => void): TableColumnsType<Row> {
  return [
    { title: t.name, dataIndex: 'name', width: 200 },
    { title: t.kind, key: 'kind', width: 100, render: (_, r) => labelOf(apiTokenKindLabels, r.kind) },
    {
      title: t.datasets,
      key: 'datasets',
      width: 180,
      render: (_, r) =>
        r.aggregatesOnly ? (
          <Tag color="geekblue">{t.aggregatesOnly}</Tag>
        ) : (
          <Space size={4} wrap>
            {r.datasets.map((d) => (
              <Tag key={d}>{labelOf(datasetLabels, d)}</Tag>
            ))}
          </Space>
        ),
    },
    {
      title: t.towns,
      key: 'towns',
      width: 160,
      render: (_, r) => (r.towns.length === 0 ? t.wholeDistrict : r.towns.map((town) => town.name).join('、')),
    },
    {
      title: t.prefix,
      dataIndex: 'prefix',
      width: 120,
      render: (p: string) => <Typography.Text code>{p}</Typography.Text>,
    },
    { title: t.expiresAt, key: 'expiresAt', width: 110, render: (_, r) => dayjs(r.expiresAt).format('YYYY-MM-DD') },
    {
      title: t.lastUsedAt,
      key: 'lastUsedAt',
      width: 150,
      render: (_, r) => time(r.lastUsedAt) ?? <Typography.Text type="secondary">{t.neverUsed}</Typography.Text>,
    },
    { title: t.createdBy, key: 'createdBy', width: 100, render: (_, r) => r.createdBy?.displayName ?? '—' },
    { title: t.status, key: 'status', width: 90, render: (_, r) => <TokenStatus token={r} /> },
    {
      title: '',
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, r) =>
        r.revokedAt ? null : (
          <Popconfirm title={t.revokeConfirm(r.name)} okButtonProps={{ danger: true }} onConfirm={() => onRevoke(r)}>
            <Button size="small" danger type="link">
              {t.revoke}
            </Button>
          </Popconfirm>
        ),
    },
  ];
}
