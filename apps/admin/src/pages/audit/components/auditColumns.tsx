import { Button, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import type { AuditEntryRowFragment as Row } from '../../../gql/graphql';
import { changedFields } from '../auditDiff';
import { auditText as t } from '../locale';
import { AuditActor, AuditEntity } from './AuditEntryDrawer';

/** A one-line summary of what an entry changed. */
export function ChangeSummary({ entry }: { entry: Row }) {
  const names = changedFields(entry.before, entry.after);
  if (names.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return <span>{t.fieldsChanged(names.slice(0, 4), names.length - 4)}</span>;
}

/** Columns of an audit list; `withEntity: false` where the record is the page's own. */
export function auditColumns(open: (row: Row) => void, { withEntity = true } = {}): TableColumnsType<Row> {
  return [
    { title: t.at, key: 'at', width: 170, render: (_, r) => dayjs(r.at).format('YYYY-MM-DD HH:mm:ss') },
    { title: t.actor, key: 'actor', width: 160, render: (_, r) => <AuditActor entry={r} /> },
    { title: t.action, key: 'action', width: 160, render: (_, r) => r.actionLabel },
    ...(withEntity
      ? [{ title: t.entity, key: 'entity', width: 220, render: (_: unknown, r: Row) => <AuditEntity entry={r} /> }]
      : []),
    { title: t.changes, key: 'changes', render: (_, r) => <ChangeSummary entry={r} /> },
    {
      title: '',
      key: 'open',
      width: 72,
      render: (_, r) => (
        <Button size="small" type="link" onClick={() => open(r)}>
          {t.detail}
        </Button>
      ),
    },
  ];
}
