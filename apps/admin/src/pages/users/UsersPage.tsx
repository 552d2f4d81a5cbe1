import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { enumOptions, roleLabels } from '@hanbin/ui';
import { App, Button, Card, Input, Select, Space, Table } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Permission } from '../../auth/permissions';
import { useCan } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { ExportButton } from '../../export/ExportButton';
import type {
  UserCursorsQuery as CursorsData,
  UserListQuery as ListData,
  Role,
  UserFilter,
  UserRowFragment,
} from '../../gql/graphql';
import { DEFAULT_PAGE_SIZE, pageChanges } from '../../lib/paging';
import { TownsQuery } from '../../lib/places.graphql';
import { usePagedTable } from '../../lib/usePagedTable';
import { enumParam, intParam, useSearchState } from '../../lib/useSearchState';
import { useServerErrors } from '../../lib/useServerErrors';
import { ResetPasswordModal } from './components/ResetPasswordModal';
import { STAFF_ROLES, UserFormModal } from './components/UserFormModal';
import { userColumns } from './components/userColumns';
import { userText as t } from './locale';
import { UnlockUserMutation, UserCursorsQuery, UserListQuery } from './users.graphql';

const listConnection = (d: ListData) => d.users;
const cursorConnection = (d: CursorsData) => d.users;

/** 用户管理: staff accounts, filtered in the URL; create, edit, reset a password, unlock, reveal a phone. */
export function UsersPage() {
  const { message } = App.useApp();
  const can = useCan();
  const [params, update] = useSearchState();
  const role = enumParam(params, 'role', STAFF_ROLES as readonly Role[]);
  const townCode = params.get('town') ?? undefined;
  const search = params.get('q') ?? undefined;
  const page = intParam(params, 'page', 1);
  const pageSize = intParam(params, 'size', DEFAULT_PAGE_SIZE);
  const filter = useMemo<UserFilter>(
    () => ({ ...(role ? { role } : {}), ...(townCode ? { townCode } : {}), ...(search ? { search } : {}) }),
    [role, townCode, search],
  );
  const variables = useMemo(() => ({ filter }), [filter]);
  const [editing, setEditing] = useState<UserRowFragment | 'new' | null>(null);
  const [resetting, setResetting] = useState<UserRowFragment | null>(null);
  const [query, setQuery] = useState(search ?? '');
  useEffect(() => setQuery(search ?? ''), [search]);
  const towns = useQuery(TownsQuery, { fetchPolicy: 'cache-first' });
  const [unlock] = useMutation(UnlockUserMutation);
  const showError = useServerErrors(undefined);
  const onPageChange = useCallback(
    (p: number, size: number) => update(pageChanges(p, size, pageSize)),
    [update, pageSize],
  );
  const { tableProps, error, refetch } = usePagedTable({
    query: UserListQuery,
    cursorsQuery: UserCursorsQuery,
    variables,
    connection: listConnection,
    cursorConnection,
    page,
    pageSize,
    onPageChange,
  });

  const columns = userColumns({
    canReveal: can(Permission.piiReveal),
    onEdit: setEditing,
    onReset: setResetting,
    onUnlock: async (u) => {
      try {
        await unlock({ variables: { id: u.id } });
        message.success(t.unlocked);
      } catch (e) {
        showError(e);
      }
    },
  });

  const saved = () => {
    setEditing(null);
    setResetting(null);
    refetch();
  };

  return (
    <div>
      <PageHeader
        title={t.title}
        sub={t.sub}
        extra={
          <Space wrap>
            <ExportButton dataset="USERS" variables={variables} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t.create}
            </Button>
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Space wrap size={[12, 12]}>
            <Input.Search
              aria-label={t.filterSearch}
              placeholder={t.filterSearch}
              allowClear
              maxLength={50}
              style={{ width: 220 }}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              onSearch={(v) => update({ q: v.trim() || null, page: null })}
            />
            <Select
              aria-label={t.filterRole}
              placeholder={t.filterRole}
              allowClear
              style={{ width: 150 }}
              value={role}
              options={enumOptions(STAFF_ROLES, roleLabels)}
              onChange={(v) => update({ role: v ?? null, page: null })}
            />
            <Select
              aria-label={t.filterTown}
              placeholder={t.filterTown}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 150 }}
              value={townCode}
              options={towns.data?.towns.map((town) => ({ value: town.code, label: town.name })) ?? []}
              onChange={(v) => update({ town: v ?? null, page: null })}
            />
          </Space>
        </Card>
        {error ? <QueryError error={error} onRetry={() => refetch()} /> : null}
        <Card size="small">
          <Table<UserRowFragment> {...tableProps} columns={columns} scroll={{ x: 1125 }} />
        </Card>
      </Space>
      <UserFormModal target={editing} onClose={() => setEditing(null)} onSaved={saved} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} onDone={saved} />
    </div>
  );
}
