import { auditActorKindLabels, labelOf } from '@hanbin/ui';
import { Descriptions, Drawer, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { AuditEntryRowFragment } from '../../../gql/graphql';
import { auditText as t } from '../locale';
import { AuditDiffTable } from './AuditDiffTable';

/** Who did it: the kind (用户, 接口令牌 …) and the name the API recorded. */
export function AuditActor({ entry }: { entry: Pick<AuditEntryRowFragment, 'actorKind' | 'actorName'> }) {
  return (
    <Space size={4}>
      {entry.actorKind !== 'USER' ? <Tag>{labelOf(auditActorKindLabels, entry.actorKind)}</Tag> : null}
      <span>{entry.actorName ?? '—'}</span>
    </Space>
  );
}

/** The record an entry concerns, linked when the admin has a page for it. */
export function AuditEntity({
  entry,
}: {
  entry: Pick<AuditEntryRowFragment, 'entityType' | 'entityTypeLabel' | 'entityId'>;
}) {
  if (!entry.entityType) return <span>—</span>;
  const label = `${entry.entityTypeLabel ?? entry.entityType} ${entry.entityId ?? ''}`.trim();
  if (entry.entityType === 'project' && entry.entityId) return <Link to={`/projects/${entry.entityId}`}>{label}</Link>;
  return <span>{label}</span>;
}

const hasContent = (v: unknown) =>
  v !== null && v !== undefined && !(typeof v === 'object' && Object.keys(v as object).length === 0);

/** One audit entry: who, when, from where, and the record before and after, as a readable diff. */
export function AuditEntryDrawer({ entry, onClose }: { entry: AuditEntryRowFragment | null; onClose: () => void }) {
  return (
    <Drawer open={entry !== null} onClose={onClose} size={760} title={entry?.actionLabel ?? ''} destroyOnHidden>
      {entry ? (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t.at}>{dayjs(entry.at).format('YYYY-MM-DD HH:mm:ss')}</Descriptions.Item>
            <Descriptions.Item label={t.actor}>
              <AuditActor entry={entry} />
            </Descriptions.Item>
            <Descriptions.Item label={t.action}>
              {entry.actionLabel}
              <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                {entry.action}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t.entity}>
              <AuditEntity entry={entry} />
            </Descriptions.Item>
            <Descriptions.Item label={t.ip}>{entry.ip ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t.requestId}>
              <Typography.Text copyable={Boolean(entry.requestId)}>{entry.requestId ?? '—'}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          {hasContent(entry.before) || hasContent(entry.after) ? (
            <div>
              <Typography.Title level={5}>{t.changes}</Typography.Title>
              <AuditDiffTable before={entry.before} after={entry.after} />
            </div>
          ) : null}
          {hasContent(entry.details) ? (
            <div>
              <Typography.Title level={5}>{t.details}</Typography.Title>
              <pre style={{ background: '#fafafa', padding: 12, borderRadius: 6, margin: 0, whiteSpace: 'pre-wrap' }}>
                {JSON.stringify(entry.details, null, 2)}
              </pre>
            </div>
          ) : null}
        </Space>
      ) : null}
    </Drawer>
  );
}
