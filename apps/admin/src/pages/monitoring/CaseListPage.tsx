import { useQuery } from '@apollo/client/react';
import { Card, Space, Table } from 'antd';
import { useCallback, useMemo } from 'react';
import { useScopedTowns } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { ExportButton } from '../../export/ExportButton';
import type {
  CaseRowFragment,
  MonitoringCaseCursorsQuery as CursorsData,
  MonitoringCaseListQuery as ListData,
} from '../../gql/graphql';
import { pageChanges } from '../../lib/paging';
import { TownsQuery } from '../../lib/places.graphql';
import { usePagedTable } from '../../lib/usePagedTable';
import { type SearchValue, useSearchState } from '../../lib/useSearchState';
import { CASE_FILTER_KEYS, readCaseListState } from './caseListState';
import { CaseFilters } from './components/CaseFilters';
import { caseColumns } from './components/caseColumns';
import { monitoringText as t } from './locale';
import { MonitoringCaseCursorsQuery, MonitoringCaseListQuery, MonitoringProceduresQuery } from './monitoring.graphql';

const NO_TOWNS: never[] = [];
const listConnection = (d: ListData) => d.monitoringCases;
const cursorConnection = (d: CursorsData) => d.monitoringCases;

/** 监测案件: filtered in the URL; 只看超时 with a town is that town's overdue list, the longest overdue first. */
export function CaseListPage() {
  const [params, update] = useSearchState();
  const { filter, sort, page, pageSize } = useMemo(() => readCaseListState(params), [params]);
  const variables = useMemo(() => ({ filter, sort }), [filter, sort]);
  const towns = useQuery(TownsQuery, { fetchPolicy: 'cache-first' });
  const townOptions = useScopedTowns(towns.data?.towns ?? NO_TOWNS);
  const procedures = useQuery(MonitoringProceduresQuery, { fetchPolicy: 'cache-first' });
  // Steps a case can wait at (all but the first, done when the case is opened), over every version.
  const steps = useMemo(() => {
    const byCode = new Map<string, { code: string; name: string }>();
    for (const p of procedures.data?.monitoringProcedures ?? []) {
      for (const s of [...p.steps].sort((a, b) => a.position - b.position).slice(1)) {
        if (!byCode.has(s.code)) byCode.set(s.code, { code: s.code, name: s.name });
      }
    }
    return [...byCode.values()];
  }, [procedures.data]);
  const onPageChange = useCallback(
    (p: number, size: number) => update(pageChanges(p, size, pageSize)),
    [update, pageSize],
  );
  const { tableProps, error, refetch } = usePagedTable({
    query: MonitoringCaseListQuery,
    cursorsQuery: MonitoringCaseCursorsQuery,
    variables,
    connection: listConnection,
    cursorConnection,
    page,
    pageSize,
    onPageChange,
  });
  const columns = useMemo(() => caseColumns(), []);
  const onFilterChange = (changes: Record<string, SearchValue>) => {
    const touchesFilter = Object.keys(changes).some((k) => (CASE_FILTER_KEYS as readonly string[]).includes(k));
    update(touchesFilter ? { ...changes, page: null } : changes);
  };

  return (
    <div>
      <PageHeader
        title={t.casesTitle}
        sub={t.casesSub}
        extra={<ExportButton dataset="MONITORING_CASES" variables={variables} />}
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <CaseFilters params={params} towns={townOptions} steps={steps} onChange={onFilterChange} />
        </Card>
        {error ? <QueryError error={error} onRetry={() => refetch()} /> : null}
        <Card size="small">
          <Table<CaseRowFragment> {...tableProps} columns={columns} scroll={{ x: 1300 }} />
        </Card>
      </Space>
    </div>
  );
}
