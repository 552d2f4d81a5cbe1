import { useQuery } from '@apollo/client/react';
import { Card, Space, Table } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useScopedTowns } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { ExportButton } from '../../export/ExportButton';
import type {
  AuditEntryRowFragment,
  AuditFilter,
  AuditLogCursorsQuery as CursorsData,
  AuditLogQuery as ListData,
} from '../../gql/graphql';
import { DEFAULT_PAGE_SIZE, pageChanges } from '../../lib/paging';
import { TownsQuery } from '../../lib/places.graphql';
import { usePagedTable } from '../../lib/usePagedTable';
import { intParam, type SearchValue, useSearchState } from '../../lib/useSearchState';
import { AuditCatalogQuery, AuditLogCursorsQuery, AuditLogQuery } from './audit.graphql';
import { AuditEntryDrawer } from './components/AuditEntryDrawer';
import { AUDIT_FILTER_KEYS, AuditFilters } from './components/AuditFilters';
import { auditColumns } from './components/auditColumns';
import { auditText as t } from './locale';

type Row = AuditEntryRowFragment;
const NO_TOWNS: never[] = [];
const NO_NAMES: never[] = [];
const listConnection = (d: ListData) => d.auditLog;
const cursorConnection = (d: CursorsData) => d.auditLog;

/** The filter the API takes, from the query string. */
export function readAuditFilter(params: URLSearchParams): AuditFilter {
  const filter: AuditFilter = {};
  const set = (key: keyof AuditFilter, param: string) => {
    const value = params.get(param)?.trim();
    if (value) filter[key] = value;
  };
  set('from', 'from');
  set('to', 'to');
  set('action', 'action');
  set('actorName', 'actor');
  set('entityType', 'type');
  set('entityId', 'entity');
  set('townCode', 'town');
  return filter;
}

/** 审计日志: every recorded change and sign-in, filtered in the URL, with a before/after drawer. */
export function AuditLogPage() {
  const [params, update] = useSearchState();
  const filter = useMemo(() => readAuditFilter(params), [params]);
  const variables = useMemo(() => ({ filter }), [filter]);
  const page = intParam(params, 'page', 1);
  const pageSize = intParam(params, 'size', DEFAULT_PAGE_SIZE);
  const [open, setOpen] = useState<Row | null>(null);
  const towns = useQuery(TownsQuery, { fetchPolicy: 'cache-first' });
  const townOptions = useScopedTowns(towns.data?.towns ?? NO_TOWNS);
  const catalog = useQuery(AuditCatalogQuery, { fetchPolicy: 'cache-first' });
  const onPageChange = useCallback(
    (p: number, size: number) => update(pageChanges(p, size, pageSize)),
    [update, pageSize],
  );
  const { tableProps, error, refetch } = usePagedTable({
    query: AuditLogQuery,
    cursorsQuery: AuditLogCursorsQuery,
    variables,
    connection: listConnection,
    cursorConnection,
    page,
    pageSize,
    onPageChange,
  });
  const onFilterChange = (changes: Record<string, SearchValue>) => {
    const touchesFilter = Object.keys(changes).some((k) => (AUDIT_FILTER_KEYS as readonly string[]).includes(k));
    update(touchesFilter ? { ...changes, page: null } : changes);
  };

  return (
    <div>
      <PageHeader title={t.title} sub={t.sub} extra={<ExportButton dataset="AUDIT_LOG" variables={variables} />} />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <AuditFilters
            params={params}
            towns={townOptions}
            actions={catalog.data?.auditActions ?? NO_NAMES}
            entityTypes={catalog.data?.auditEntityTypes ?? NO_NAMES}
            onChange={onFilterChange}
          />
        </Card>
        {error ? <QueryError error={error} onRetry={() => refetch()} /> : null}
        <Card size="small">
          <Table<Row> {...tableProps} columns={auditColumns(setOpen)} scroll={{ x: 1100 }} />
        </Card>
      </Space>
      <AuditEntryDrawer entry={open} onClose={() => setOpen(null)} />
    </div>
  );
}
