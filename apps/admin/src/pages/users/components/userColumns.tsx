import { RoleTag } from '@hanbin/ui';
import { Button, Popconfirm, Space, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import type { UserRowFragment as Row } from '../../../gql/graphql';
import { userText as t } from '../locale';
import { RevealPhoneButton } from './RevealPhoneButton';
import { isLocked, UserStatus } from './UserStatus';

export interface UserActions {
  canReveal: boolean;
  onEdit: (user: Row) => void;
  onReset: (user: Row) => void;
  onUnlock: (user: Row) => void;
}

const time = (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : null);

/** The user list's columns; 查看 (the full phone) only with pii:reveal. */
export function userColumns({ canReveal, onEdit, onReset, onUnlock }: UserActions): TableColumnsType<Row> {
  return [
    { title: t.username, dataIndex: 'username', width: 110 },
    { title: t.displayName, dataIndex: 'displayName', width: 120 },
    { title: t.role, key: 'role', width: 120, render: (_, u) => <RoleTag value={u.role} /> },
    { title: t.town, key: 'town', width: 100, render: (_, u) => u.town?.name ?? '—' },
    {
      title: t.phone,
      key: 'phone',
      width: 170,
      render: (_, u) =>
        u.phone ? (
          <Space size={0}>
            <span>{u.phone}</span>
            {canReveal ? <RevealPhoneButton user={u} /> : null}
          </Space>
        ) : (
          '—'
        ),
    },
    { title: t.status, key: 'status', width: 150, render: (_, u) => <UserStatus user={u} /> },
    {
      title: t.lastSignInAt,
      key: 'lastSignInAt',
      width: 165,
      render: (_, u) => time(u.lastSignInAt) ?? <Typography.Text type="secondary">{t.never}</Typography.Text>,
    },
    {
      title: t.actions,
      key: 'actions',
      width: 190,
      fixed: 'right',
      render: (_, u) => (
        <Space size={0} wrap>
          <Button size="small" type="link" onClick={() => onEdit(u)}>
            {t.edit}
          </Button>
          <Button size="small" type="link" onClick={() => onReset(u)}>
            {t.resetPassword}
          </Button>
          {isLocked(u) ? (
            <Popconfirm title={t.unlockConfirm(u.displayName)} onConfirm={() => onUnlock(u)}>
              <Button size="small" type="link">
                {t.unlock}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ];
}
