import { useQuery } from '@apollo/client/react';
import { Card, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../../../components/QueryError';
import type { AuditEntryRowFragment } from '../../../gql/graphql';
import { AuditLogQuery } from '../../audit/audit.graphql';
import { AuditEntryDrawer } from '../../audit/components/AuditEntryDrawer';
import { auditColumns } from '../../audit/components/auditColumns';
import { auditText as t } from '../../audit/locale';

const SHOWN = 20;

/** 变更记录: the project's latest audit entries (for viewers who may read the audit trail). */
export function ProjectChangeLog({ projectId }: { projectId: string }) {
  const [open, setOpen] = useState<AuditEntryRowFragment | null>(null);
  const filter = { entityType: 'project', entityId: projectId };
  const { data, loading, error, refetch } = useQuery(AuditLogQuery, {
    variables: { filter, first: SHOWN, after: null },
    fetchPolicy: 'cache-and-network',
  });
  const log = data?.auditLog;
  const all = `/system/audit?type=project&entity=${encodeURIComponent(projectId)}`;

  return (
    <Card
      title={t.changeLogTitle}
      size="small"
      extra={log && log.totalCount > 0 ? <Link to={all}>{`${t.changeLogAll}（${log.totalCount}）`}</Link> : null}
    >
      {error && !data ? (
        <QueryError error={error} onRetry={() => refetch()} />
      ) : (
        <Table<AuditEntryRowFragment>
          rowKey="id"
          size="small"
          loading={loading && !data}
          pagination={false}
          columns={auditColumns(setOpen, { withEntity: false })}
          dataSource={log?.edges.map((e) => e.node) ?? []}
          locale={{ emptyText: t.changeLogEmpty }}
        />
      )}
      <AuditEntryDrawer entry={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
