import { PlusOutlined } from '@ant-design/icons';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, Card, Space } from 'antd';
import { useCallback, useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useCursorPages } from '../../lib/useCursorPages';
import { type SearchValue, useSearchState } from '../../lib/useSearchState';
import { ProjectFilters } from './components/ProjectFilters';
import { ProjectTable } from './components/ProjectTable';
import { FILTER_KEYS, readListState } from './listState';
import { projectText as t } from './locale';
import { ProjectCursorsQuery, ProjectFundSourceOptionsQuery, ProjectListQuery, TownsQuery } from './projects.graphql';

/** 项目库: filtered, sorted, server-paged; everything the user picks is kept in the URL. */
export function ProjectListPage() {
  const client = useApolloClient();
  const [params, update] = useSearchState();
  const { filter, sort, page, pageSize } = useMemo(() => readListState(params), [params]);
  const scope = JSON.stringify({ filter, sort });

  const fetchCursors = useCallback(
    async (after: string | null, first: number) => {
      const { data } = await client.query({
        query: ProjectCursorsQuery,
        variables: { filter, sort, first, after },
        fetchPolicy: 'network-only',
      });
      return data?.projects.edges.map((e) => e.cursor) ?? [];
    },
    [client, filter, sort],
  );
  const cursor = useCursorPages(scope, page, pageSize, fetchCursors);

  const { data, previousData, loading, error, refetch } = useQuery(ProjectListQuery, {
    variables: { filter, sort, first: pageSize, after: cursor.after ?? null },
    skip: cursor.after === undefined,
  });
  const towns = useQuery(TownsQuery, { fetchPolicy: 'cache-first' });
  const sources = useQuery(ProjectFundSourceOptionsQuery, { fetchPolicy: 'cache-first' });

  useEffect(() => {
    if (data)
      cursor.record(
        page,
        pageSize,
        data.projects.edges.map((e) => e.cursor),
      );
  }, [data, page, pageSize, cursor.record]);

  // A page past the end (rows deleted, or a stale link) falls back to the first page.
  useEffect(() => {
    if (cursor.error) update({ page: null }, { replace: true });
  }, [cursor.error, update]);

  const shown = data ?? previousData;
  const onFilterChange = (changes: Record<string, SearchValue>) => {
    const touchesFilter = Object.keys(changes).some((k) => (FILTER_KEYS as readonly string[]).includes(k));
    update(touchesFilter ? { ...changes, page: null } : changes);
  };

  return (
    <div>
      <PageHeader
        title={t.listTitle}
        extra={
          <Link to="/projects/new">
            <Button type="primary" icon={<PlusOutlined />}>
              {t.create}
            </Button>
          </Link>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <ProjectFilters
            params={params}
            towns={towns.data?.towns ?? []}
            fundSources={sources.data?.fundSources.edges.map((e) => e.node) ?? []}
            onChange={onFilterChange}
          />
        </Card>
        {error ? <QueryError error={error} onRetry={() => refetch()} /> : null}
        <Card size="small">
          <ProjectTable
            rows={shown?.projects.edges.map((e) => e.node) ?? []}
            total={shown?.projects.totalCount ?? 0}
            loading={loading || cursor.resolving}
            page={page}
            pageSize={pageSize}
            sort={sort}
            onPageChange={(p, size) =>
              update(size !== pageSize ? { page: null, size: size === 20 ? null : size } : { page: p === 1 ? null : p })
            }
            onSortChange={(s) => update({ sort: s ? `${s.field}.${s.direction}` : null, page: null })}
          />
        </Card>
      </Space>
    </div>
  );
}
