import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { QueryError } from '../../components/QueryError';
import { PageLoading } from '../../layout/PageLoading';
import { commonText } from '../../lib/locale';
import { projectText as t } from './locale';

/**
 * Loads the project named by the route's `:id`. Until there is one to show, `fallback` is what the
 * page renders instead: the error with a retry, the loading state, or 项目不存在.
 */
export function useProjectQuery<P>(
  query: TypedDocumentNode<{ project: P | null }, { id: string }>,
  fetchPolicy: 'cache-and-network' | 'network-only',
): { project: P | null; fallback: ReactNode; refetch: () => unknown } {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(query, { variables: { id }, fetchPolicy });
  const project = data?.project ?? null;
  let fallback: ReactNode = null;
  if (error && !data) fallback = <QueryError error={error} onRetry={() => refetch()} />;
  else if (loading && !data) fallback = <PageLoading />;
  else if (!project) {
    fallback = (
      <Result
        status="404"
        title={t.notFound}
        extra={
          <Link to="/projects">
            <Button>{commonText.back}</Button>
          </Link>
        }
      />
    );
  }
  return { project: fallback ? null : project, fallback, refetch };
}
