import { Space, Switch, Table, type TableColumnsType, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { type DiffRow, diffAudit, fieldLabel, formatValue } from '../auditDiff';
import { auditText as t } from '../locale';

const cell = (value: unknown, path: string, strike: boolean) => (
  <Typography.Text delete={strike} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
    {formatValue(value, path)}
  </Typography.Text>
);

/** Before and after of an audited record, field by field; the changed fields are highlighted. */
export function AuditDiffTable({ before, after }: { before: unknown; after: unknown }) {
  const rows = useMemo(() => diffAudit(before, after), [before, after]);
  const [onlyChanged, setOnlyChanged] = useState(true);
  const shown = onlyChanged ? rows.filter((r) => r.changed) : rows;
  const creating = before === null || before === undefined;
  const deleting = after === null || after === undefined;

  const columns: TableColumnsType<DiffRow> = [
    {
      title: t.field,
      key: 'field',
      width: 200,
      render: (_, r) => (
        <span title={r.path}>
          {fieldLabel(r.path)}
          {fieldLabel(r.path) !== r.path ? (
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {r.path}
            </Typography.Text>
          ) : null}
        </span>
      ),
    },
    ...(creating
      ? []
      : [
          {
            title: t.before,
            key: 'before',
            render: (_: unknown, r: DiffRow) => cell(r.before, r.path, r.changed && !deleting),
          },
        ]),
    ...(deleting
      ? []
      : [{ title: t.after, key: 'after', render: (_: unknown, r: DiffRow) => cell(r.after, r.path, false) }]),
  ];

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      {creating || deleting ? null : (
        <Space size={8}>
          <Switch size="small" checked={onlyChanged} onChange={setOnlyChanged} aria-label={t.onlyChanged} />
          <span>{t.onlyChanged}</span>
        </Space>
      )}
      <Table<DiffRow>
        rowKey="path"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={creating || deleting ? rows : shown}
        locale={{ emptyText: t.noChanges }}
        onRow={(r) => ({ style: r.changed && !creating && !deleting ? { background: '#fffbe6' } : undefined })}
      />
    </Space>
  );
}
