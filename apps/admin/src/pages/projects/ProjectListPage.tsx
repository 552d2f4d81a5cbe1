import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Space, Tooltip } from 'antd';
import { useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import { Permission } from '../../auth/permissions';
import { useCan, useScopedTowns } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { ExportButton } from '../../export/ExportButton';
import type { ProjectCursorsQuery as CursorsData, ProjectListQuery as ListData } from '../../gql/graphql';
import { pageChanges } from '../../lib/paging';
import { usePagedQuery } from '../../lib/usePagedQuery';
import { type SearchValue, useSearchState } from '../../lib/useSearchState';
import { ProjectFilters } from './components/ProjectFilters';
import { ProjectTable } from './components/ProjectTable';
import { FILTER_KEYS, readListState } from './listState';
import { projectText as t } from './locale';
import { ProjectCursorsQuery, ProjectFundSourceOptionsQuery, ProjectListQuery, TownsQuery } from './projects.graphql';

const NO_TOWNS: never[] = [];
const listConnection = (d: ListData) => d.projects;
const cursorConnection = (d: CursorsData) => d.projects;

/** 项目库: filtered, sorted, server-paged; everything the user picks is kept in the URL. */
export function ProjectListPage() {
  const [params, update] = useSearchState();
  const { filter, sort, page, pageSize } = useMemo(() => readListState(params), [params]);
  const variables = useMemo(() => ({ filter, sort }), [filter, sort]);
  const backToFirst = useCallback(() => update({ page: null }, { replace: true }), [update]);

  const { shown, loading, error, refetch } = usePagedQuery({
    query: ProjectListQuery,
    cursorsQuery: ProjectCursorsQuery,
    variables,
    connection: listConnection,
    cursorConnection,
    page,
    pageSize,
    onOutOfRange: backToFirst,
  });
  const towns = useQuery(TownsQuery, { fetchPolicy: 'cache-first' });
  const townOptions = useScopedTowns(towns.data?.towns ?? NO_TOWNS);
  const can = useCan();
  const sources = useQuery(ProjectFundSourceOptionsQuery, { fetchPolicy: 'cache-first' });

  const onFilterChange = (changes: Record<string, SearchValue>) => {
    const touchesFilter = Object.keys(changes).some((k) => (FILTER_KEYS as readonly string[]).includes(k));
    update(touchesFilter ? { ...changes, page: null } : changes);
  };

  return (
    <div>
      <PageHeader
        title={t.listTitle}
        extra={
          <Space wrap>
            <ExportButton dataset="PROJECTS" variables={variables} />
            {can(Permission.projectWrite) ? (
              <>
                <Tooltip title={t.importHint}>
                  <Link to="/projects/import">
                    <Button icon={<ImportOutlined />}>{t.import}</Button>
                  </Link>
                </Tooltip>
                <Link to="/projects/new">
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
          <ProjectFilters
            params={params}
            towns={townOptions}
            fundSources={sources.data?.fundSources.edges.map((e) => e.node) ?? []}
            onChange={onFilterChange}
          />
        </Card>
        {error ? <QueryError error={error} onRetry={() => refetch()} /> : null}
        <Card size="small">
          <ProjectTable
            rows={shown?.projects.edges.map((e) => e.node) ?? []}
            total={shown?.projects.totalCount ?? 0}
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
