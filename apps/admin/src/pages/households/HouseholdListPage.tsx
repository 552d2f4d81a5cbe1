import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Space, Table, Tooltip } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Permission } from '../../auth/permissions';
import { useCan, useScopedTowns } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { ExportButton } from '../../export/ExportButton';
import type {
  HouseholdCursorsQuery as CursorsData,
  HouseholdRowFragment,
  HouseholdListQuery as ListData,
} from '../../gql/graphql';
import { pageChanges } from '../../lib/paging';
import { TownsQuery } from '../../lib/places.graphql';
import { usePagedTable } from '../../lib/usePagedTable';
import { type SearchValue, useSearchState } from '../../lib/useSearchState';
import { HouseholdFilters } from './components/HouseholdFilters';
import { householdColumns } from './components/householdColumns';
import { IdNumberSearch } from './components/IdNumberSearch';
import { HouseholdCursorsQuery, HouseholdListQuery } from './households.graphql';
import { HOUSEHOLD_FILTER_KEYS, readHouseholdListState } from './listState';
import { householdText as t } from './locale';

const NO_TOWNS: never[] = [];
const listConnection = (d: ListData) => d.households;
const cursorConnection = (d: CursorsData) => d.households;

/** 监测户台账: filtered in the URL, server-paged; a full ID number finds one household. */
export function HouseholdListPage() {
  const can = useCan();
  const [params, update] = useSearchState();
  const { filter, page, pageSize } = useMemo(() => readHouseholdListState(params), [params]);
  // Kept in memory only: a full ID number never goes into the URL.
  const [idNumber, setIdNumber] = useState<string | null>(null);
  const variables = useMemo(() => ({ filter: idNumber ? { idNumber } : filter }), [filter, idNumber]);
  const towns = useQuery(TownsQuery, { fetchPolicy: 'cache-first' });
  const townOptions = useScopedTowns(towns.data?.towns ?? NO_TOWNS);
  const onPageChange = useCallback(
    (p: number, size: number) => update(pageChanges(p, size, pageSize)),
    [update, pageSize],
  );
  const { tableProps, error, refetch } = usePagedTable({
    query: HouseholdListQuery,
    cursorsQuery: HouseholdCursorsQuery,
    variables,
    connection: listConnection,
    cursorConnection,
    page: idNumber ? 1 : page,
    pageSize,
    onPageChange,
  });
  const columns = useMemo(() => householdColumns(), []);

  const onFilterChange = (changes: Record<string, SearchValue>) => {
    const touchesFilter = Object.keys(changes).some((k) => (HOUSEHOLD_FILTER_KEYS as readonly string[]).includes(k));
    setIdNumber(null);
    update(touchesFilter ? { ...changes, page: null } : changes);
  };

  return (
    <div>
      <PageHeader
        title={t.listTitle}
        sub={t.listSub}
        extra={
          <Space wrap>
            <ExportButton dataset="HOUSEHOLDS" variables={variables} />
            {can(Permission.householdWrite) ? (
              <>
                <Tooltip title={t.importHint}>
                  <Link to="/monitoring/households/import">
                    <Button icon={<ImportOutlined />}>{t.import}</Button>
                  </Link>
                </Tooltip>
                <Link to="/monitoring/households/new">
                  <Button type="primary" icon={<PlusOutlined />}>
                    {t.create}
                  </Button>
                </Link>
              </>
            ) : null}
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <HouseholdFilters params={params} towns={townOptions} onChange={onFilterChange} />
            <IdNumberSearch value={idNumber} onSearch={setIdNumber} />
            {idNumber ? <Alert type="info" showIcon title={t.idSearchActive} /> : null}
          </Space>
        </Card>
        {error ? <QueryError error={error} onRetry={() => refetch()} /> : null}
        <Card size="small">
          <Table<HouseholdRowFragment> {...tableProps} columns={columns} scroll={{ x: 960 }} />
        </Card>
      </Space>
    </div>
  );
}
