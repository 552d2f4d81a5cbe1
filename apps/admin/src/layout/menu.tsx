import {
  AuditOutlined,
  DashboardOutlined,
  FundOutlined,
  KeyOutlined,
  ProjectOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { type Permission, Permission as P } from '../auth/permissions';
import { layoutText } from './locale';

export interface MenuEntry {
  path: string;
  name: string;
  icon?: ReactNode;
  hideInMenu?: boolean;
  /** A heading that only opens its children (no page of its own). */
  isGroup?: boolean;
  routes?: MenuEntry[];
}

// hideInMenu children let the side menu keep 项目库 selected on /projects/:id and friends.
const projectPages = ['/projects/new', '/projects/:id', '/projects/:id/edit'].map((path) => ({
  path,
  hideInMenu: true,
  name: layoutText.menuProjects,
}));

const systemPages: { path: string; name: string; icon: ReactNode; permission: Permission }[] = [
  { path: '/system/users', name: layoutText.menuUsers, icon: <TeamOutlined />, permission: P.userManage },
  { path: '/system/tokens', name: layoutText.menuTokens, icon: <KeyOutlined />, permission: P.tokenManage },
  { path: '/system/audit', name: layoutText.menuAudit, icon: <AuditOutlined />, permission: P.auditRead },
];

/** The side menu for what the viewer may open: 系统管理 only lists the pages their permissions allow. */
export function buildMenu(can: (permission: Permission) => boolean): { path: string; routes: MenuEntry[] } {
  const system = systemPages.filter((p) => can(p.permission)).map(({ permission: _, ...entry }) => entry);
  return {
    path: '/',
    routes: [
      { path: '/', name: layoutText.menuDashboard, icon: <DashboardOutlined /> },
      { path: '/projects', name: layoutText.menuProjects, icon: <ProjectOutlined />, routes: projectPages },
      { path: '/funds', name: layoutText.menuFunds, icon: <FundOutlined /> },
      ...(system.length > 0
        ? [{ path: '/system', name: layoutText.menuSystem, icon: <SettingOutlined />, isGroup: true, routes: system }]
        : []),
    ],
  };
}
