import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { QueryError } from '../components/QueryError';
import { PageLoading } from '../layout/PageLoading';
import { commonText } from './locale';

export interface RouteRecordOptions {
  /** 农户不存在, 监测案件不存在 … (the API answers null for a record outside the viewer's towns too). */
  notFound: string;
  /** Where 返回 leads. */
  backTo: string;
}

/**
 * Loads the record named by the route's `:id`. Until there is one to show, `fallback` is what the
 * page renders instead: the error with a retry, the loading state, or the not-found result.
 */
export function useRouteRecord<TData, R>(
  query: TypedDocumentNode<TData, { id: string }>,
  pick: (data: TData) => R | null | undefined,
  { notFound, backTo }: RouteRecordOptions,
): { record: R | null; fallback: ReactNode; refetch: () => unknown } {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(query, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  } as useQuery.Options<TData, { id: string }>);
  const record = data ? (pick(data as TData) ?? null) : null;
  let fallback: ReactNode = null;
  if (error && !data) fallback = <QueryError error={error} onRetry={() => refetch()} />;
  else if (loading && !data) fallback = <PageLoading />;
  else if (!record) {
    fallback = (
      <Result
        status="404"
        title={notFound}
        extra={
          <Link to={backTo}>
            <Button>{commonText.back}</Button>
          </Link>
        }
      />
    );
  }
  return { record: fallback ? null : record, fallback, refetch };
}
