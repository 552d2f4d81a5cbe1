import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Space } from 'antd';
import { useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import { Permission } from '../../auth/permissions';
import { useCan, useScopedTowns } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { ExportButton } from '../../export/ExportButton';
import type { ParkCursorsQuery as CursorsData, ParkListQuery as ListData } from '../../gql/graphql';
import { pageChanges } from '../../lib/paging';
import { TownsQuery } from '../../lib/places.graphql';
import { usePagedQuery } from '../../lib/usePagedQuery';
import { type SearchValue, useSearchState } from '../../lib/useSearchState';
import { ParkFilters } from './components/ParkFilters';
import { ParkTable } from './components/ParkTable';
import { ParkCursorsQuery, ParkListQuery } from './industry.graphql';
import { PARK_FILTER_KEYS, readParkListState } from './listState';
import { industryText as t } from './locale';

const NO_TOWNS: never[] = [];
const listConnection = (d: ListData) => d.industrialParks;
const cursorConnection = (d: CursorsData) => d.industrialParks;

/** 园区: filtered, sorted, server-paged; everything the user picks is kept in the URL. */
export function ParkListPage() {
  const can = useCan();
  const [params, update] = useSearchState();
  const { filter, sort, page, pageSize } = useMemo(() => readParkListState(params), [params]);
  const variables = useMemo(() => ({ filter, sort }), [filter, sort]);
  const backToFirst = useCallback(() => update({ page: null }, { replace: true }), [update]);
  const { shown, loading, error, refetch } = usePagedQuery({
    query: ParkListQuery,
    cursorsQuery: ParkCursorsQuery,
    variables,
    connection: listConnection,
    cursorConnection,
    page,
    pageSize,
    onOutOfRange: backToFirst,
  });
  const towns = useQuery(TownsQuery, { fetchPolicy: 'cache-first' });
  const townOptions = useScopedTowns(towns.data?.towns ?? NO_TOWNS);

  const onFilterChange = (changes: Record<string, SearchValue>) => {
    const touchesFilter = Object.keys(changes).some((k) => (PARK_FILTER_KEYS as readonly string[]).includes(k));
    update(touchesFilter ? { ...changes, page: null } : changes);
  };

  return (
    <div>
      <PageHeader
        title={t.listTitle}
        sub={t.listSub}
        extra={
          <Space wrap>
            <ExportButton dataset="INDUSTRIAL_PARKS" variables={variables} />
            {can(Permission.industryWrite) ? (
              <Link to="/industry/parks/new">
                <Button type="primary" icon={<PlusOutlined />}>
                  {t.create}
                </Button>
              </Link>
            ) : null}
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <ParkFilters params={params} towns={townOptions} onChange={onFilterChange} />
        </Card>
        {error ? <QueryError error={error} onRetry={() => refetch()} /> : null}
        <Card size="small">
          <ParkTable
            rows={shown?.industrialParks.edges.map((e) => e.node) ?? []}
            total={shown?.industrialParks.totalCount ?? 0}
            loading={loading}
            page={page}
            pageSize={pageSize}
            sort={sort}
            onPageChange={(p, size) => update(pageChanges(p, size, pageSize))}
            onSortChange={(s) => update({ sort: s ? `${s.field}.${s.direction}` : null, page: null })}
          />
        </Card>
      </Space>
    </div>
  );
}
