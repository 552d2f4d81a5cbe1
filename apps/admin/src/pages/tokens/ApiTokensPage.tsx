import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Space, Switch, Table } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { ExportButton } from '../../export/ExportButton';
import type {
  ApiTokenRowFragment,
  ApiTokenCursorsQuery as CursorsData,
  ApiTokenListQuery as ListData,
} from '../../gql/graphql';
import { DEFAULT_PAGE_SIZE, pageChanges } from '../../lib/paging';
import { usePagedTable } from '../../lib/usePagedTable';
import { intParam, useSearchState } from '../../lib/useSearchState';
import { useServerErrors } from '../../lib/useServerErrors';
import { CreateTokenModal } from './components/CreateTokenModal';
import { type IssuedToken, TokenSecretDialog } from './components/TokenSecretDialog';
import { tokenColumns } from './components/tokenColumns';
import { tokenText as t } from './locale';
import { ApiTokenCursorsQuery, ApiTokenListQuery, RevokeApiTokenMutation } from './tokens.graphql';

const listConnection = (d: ListData) => d.apiTokens;
const cursorConnection = (d: CursorsData) => d.apiTokens;

/** 接口令牌: the partner and BI tokens, issued here (secret shown once) and revoked here. */
export function ApiTokensPage() {
  const { message } = App.useApp();
  const [params, update] = useSearchState();
  const includeRevoked = params.get('revoked') === '1';
  const page = intParam(params, 'page', 1);
  const pageSize = intParam(params, 'size', DEFAULT_PAGE_SIZE);
  const variables = useMemo(() => ({ includeRevoked }), [includeRevoked]);
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<IssuedToken | null>(null);
  const [revoke] = useMutation(RevokeApiTokenMutation);
  const showError = useServerErrors(undefined);
  const onPageChange = useCallback(
    (p: number, size: number) => update(pageChanges(p, size, pageSize)),
    [update, pageSize],
  );
  const { tableProps, error, refetch } = usePagedTable({
    query: ApiTokenListQuery,
    cursorsQuery: ApiTokenCursorsQuery,
    variables,
    connection: listConnection,
    cursorConnection,
    page,
    pageSize,
    onPageChange,
  });

  const columns = tokenColumns(async (token) => {
    try {
      await revoke({ variables: { id: token.id } });
      message.success(t.revokedDone);
      refetch();
    } catch (e) {
      showError(e);
    }
  });

  return (
    <div>
      <PageHeader
        title={t.title}
        sub={t.sub}
        extra={
          <Space wrap>
            <ExportButton dataset="API_TOKENS" variables={variables} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t.create}
            </Button>
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Space size={8}>
          <Switch
            size="small"
            checked={includeRevoked}
            aria-label={t.showRevoked}
            onChange={(v) => update({ revoked: v ? 1 : null, page: null })}
          />
          <span>{t.showRevoked}</span>
        </Space>
        {error ? <QueryError error={error} onRetry={() => refetch()} /> : null}
        <Card size="small">
          <Table<ApiTokenRowFragment> {...tableProps} columns={columns} scroll={{ x: 1300 }} />
        </Card>
      </Space>
      <CreateTokenModal
        open={creating}
        onClose={() => setCreating(false)}
        onIssued={(token) => {
          setCreating(false);
          setIssued(token);
          refetch();
        }}
      />
      <TokenSecretDialog issued={issued} onClose={() => setIssued(null)} />
    </div>
  );
}
