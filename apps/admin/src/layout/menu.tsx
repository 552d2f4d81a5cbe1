import {
  AlertOutlined,
  ApartmentOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BarChartOutlined,
  ClusterOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  FundOutlined,
  HomeOutlined,
  KeyOutlined,
  ProjectOutlined,
  SafetyOutlined,
  SettingOutlined,
  ShopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Permission as P, type Permission } from '../auth/permissions';
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

/** Pages of an entry that keep it selected in the side menu without showing there. */
const hidden = (name: string, paths: string[]): MenuEntry[] => paths.map((path) => ({ path, name, hideInMenu: true }));

interface GuardedEntry extends MenuEntry {
  permission: Permission;
}

const monitoringPages: GuardedEntry[] = [
  {
    path: '/monitoring/households',
    name: layoutText.menuHouseholds,
    icon: <HomeOutlined />,
    permission: P.householdRead,
    routes: hidden(layoutText.menuHouseholds, ['/monitoring/households/new', '/monitoring/households/:id']),
  },
  {
    path: '/monitoring/warnings',
    name: layoutText.menuWarnings,
    icon: <AlertOutlined />,
    permission: P.monitoringRead,
  },
  { path: '/monitoring/board', name: layoutText.menuBoard, icon: <AppstoreOutlined />, permission: P.monitoringRead },
  {
    path: '/monitoring/cases',
    name: layoutText.menuCases,
    icon: <FileSearchOutlined />,
    permission: P.monitoringRead,
    routes: hidden(layoutText.menuCases, ['/monitoring/cases/:id', '/monitoring/notice/:villageCode']),
  },
];

const industryPages: GuardedEntry[] = [
  {
    path: '/industry/parks',
    name: layoutText.menuParks,
    icon: <ShopOutlined />,
    permission: P.industryRead,
    routes: hidden(layoutText.menuParks, ['/industry/parks/new', '/industry/parks/:id', '/industry/parks/:id/edit']),
  },
  {
    path: '/industry/overview',
    name: layoutText.menuIndustryOverview,
    icon: <BarChartOutlined />,
    permission: P.industryRead,
  },
  {
    path: '/industry/east-west',
    name: layoutText.menuEastWest,
    icon: <ClusterOutlined />,
    permission: P.industryRead,
  },
];

const systemPages: { path: string; name: string; icon: ReactNode; permission: Permission }[] = [
  { path: '/system/users', name: layoutText.menuUsers, icon: <TeamOutlined />, permission: P.userManage },
  { path: '/system/tokens', name: layoutText.menuTokens, icon: <KeyOutlined />, permission: P.tokenManage },
  { path: '/system/audit', name: layoutText.menuAudit, icon: <AuditOutlined />, permission: P.auditRead },
];

/**
 * The side menu for what the viewer may open: 防返贫监测, 产业发展 and 系统管理 only list the pages
 * their permissions allow, and disappear when none is left.
 */
export function buildMenu(can: (permission: Permission) => boolean): { path: string; routes: MenuEntry[] } {
  const system = systemPages.filter((p) => can(p.permission)).map(({ permission: _, ...entry }) => entry);
  const monitoring = monitoringPages.filter((p) => can(p.permission)).map(({ permission: _, ...entry }) => entry);
  const industry = industryPages.filter((p) => can(p.permission)).map(({ permission: _, ...entry }) => entry);
  return {
    path: '/',
    routes: [
      { path: '/', name: layoutText.menuDashboard, icon: <DashboardOutlined /> },
      { path: '/projects', name: layoutText.menuProjects, icon: <ProjectOutlined />, routes: projectPages },
      { path: '/funds', name: layoutText.menuFunds, icon: <FundOutlined /> },
      ...(monitoring.length > 0
        ? [
            {
              path: '/monitoring',
              name: layoutText.menuMonitoring,
              icon: <SafetyOutlined />,
              isGroup: true,
              routes: monitoring,
            },
          ]
        : []),
      ...(industry.length > 0
        ? [
            {
              path: '/industry',
              name: layoutText.menuIndustry,
              icon: <ApartmentOutlined />,
              isGroup: true,
              routes: industry,
            },
          ]
        : []),
      ...(system.length > 0
        ? [{ path: '/system', name: layoutText.menuSystem, icon: <SettingOutlined />, isGroup: true, routes: system }]
        : []),
    ],
  };
}
