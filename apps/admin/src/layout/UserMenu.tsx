import { DownloadOutlined, LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { labelOf, roleLabels } from '@hanbin/ui';
import { Avatar, Dropdown, type MenuProps, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { authText as t } from '../auth/locale';
import { Permission } from '../auth/permissions';
import { changePasswordPath } from '../auth/redirect';
import { announceSessionChange, emitSessionEvent } from '../auth/session';
import { useSignOut } from '../auth/useSignOut';
import { useCan, useViewer } from '../auth/viewer';
import { ExportHistory } from '../export/ExportHistory';
import { exportText } from '../export/locale';

/** Who is signed in (name, role, town) with 修改密码 and 退出登录. */
export function UserMenu({ collapsed = false }: { collapsed?: boolean }) {
  const viewer = useViewer();
  const navigate = useNavigate();
  const location = useLocation();
  const signOut = useSignOut();
  const can = useCan();
  const [exportsOpen, setExportsOpen] = useState(false);
  const name = viewer.user?.displayName ?? labelOf(roleLabels, viewer.role);
  const scope = viewer.town?.name ?? t.districtScope;

  const items: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      label: (
        <div style={{ lineHeight: 1.6 }}>
          <Typography.Text strong>{name}</Typography.Text>
          <br />
          <Typography.Text type="secondary">{`${labelOf(roleLabels, viewer.role)} · ${scope}`}</Typography.Text>
          {viewer.sessionExpiresAt ? (
            <>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t.sessionUntil(dayjs(viewer.sessionExpiresAt).format('M月D日 HH:mm'))}
              </Typography.Text>
            </>
          ) : null}
        </div>
      ),
    },
    { type: 'divider' },
    ...(can(Permission.dataExport) ? [{ key: 'exports', icon: <DownloadOutlined />, label: exportText.history }] : []),
    { key: 'password', icon: <LockOutlined />, label: t.changePassword },
    { key: 'signOut', icon: <LogoutOutlined />, label: t.signOut, danger: true },
  ];

  const onClick: MenuProps['onClick'] = async ({ key }) => {
    if (key === 'exports') {
      setExportsOpen(true);
    } else if (key === 'password') {
      navigate(changePasswordPath(`${location.pathname}${location.search}`));
    } else if (key === 'signOut') {
      if (!(await signOut())) return;
      announceSessionChange();
      emitSessionEvent({ kind: 'ended', reason: 'signedOut' });
    }
  };

  return (
    <>
      <ExportHistory open={exportsOpen} onClose={() => setExportsOpen(false)} />
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="topLeft">
        <button
          type="button"
          aria-label={`${name}（${labelOf(roleLabels, viewer.role)}）`}
          style={{ all: 'unset', cursor: 'pointer', display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}
        >
          <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1677ff', flex: 'none' }} />
          {collapsed ? null : (
            <Space orientation="vertical" size={0} style={{ minWidth: 0, lineHeight: 1.3 }}>
              <Typography.Text ellipsis style={{ maxWidth: 140 }}>
                {name}
              </Typography.Text>
              <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, maxWidth: 140 }}>
                {`${labelOf(roleLabels, viewer.role)} · ${scope}`}
              </Typography.Text>
            </Space>
          )}
        </button>
      </Dropdown>
    </>
  );
}
