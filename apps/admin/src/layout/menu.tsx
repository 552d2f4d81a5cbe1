import {
  AlertOutlined,
  ApartmentOutlined,
  ApiOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BarChartOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  FlagOutlined,
  FundOutlined,
  HomeOutlined,
  KeyOutlined,
  ProjectOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  SettingOutlined,
  ShopOutlined,
  SolutionOutlined,
  StarOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
  UserSwitchOutlined,
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
const projectPages = ['/projects/new', '/projects/import', '/projects/:id', '/projects/:id/edit'].map((path) => ({
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
    routes: hidden(layoutText.menuHouseholds, [
      '/monitoring/households/new',
      '/monitoring/households/import',
      '/monitoring/households/:id',
    ]),
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

const supervisionPages: GuardedEntry[] = [
  {
    path: '/supervision/tasks',
    name: layoutText.menuSupervisionTasks,
    icon: <ScheduleOutlined />,
    permission: P.supervisionRead,
  },
  {
    path: '/supervision/groups',
    name: layoutText.menuSupervisionGroups,
    icon: <UsergroupAddOutlined />,
    permission: P.supervisionRead,
  },
  {
    path: '/supervision/demonstration-villages',
    name: layoutText.menuDemonstrationVillages,
    icon: <StarOutlined />,
    permission: P.supervisionRead,
  },
];

const stationingPages: GuardedEntry[] = [
  {
    path: '/stationing/coverage',
    name: layoutText.menuCoverage,
    icon: <CheckSquareOutlined />,
    permission: P.stationingRead,
  },
  {
    path: '/stationing/teams',
    name: layoutText.menuWorkTeams,
    icon: <TeamOutlined />,
    permission: P.stationingRead,
    routes: hidden(layoutText.menuWorkTeams, [
      '/stationing/teams/new',
      '/stationing/teams/import',
      '/stationing/teams/:id',
    ]),
  },
  {
    path: '/stationing/secretaries',
    name: layoutText.menuFirstSecretaries,
    icon: <SolutionOutlined />,
    permission: P.stationingRead,
  },
];

const systemPages: { path: string; name: string; icon: ReactNode; permission: Permission }[] = [
  { path: '/system/users', name: layoutText.menuUsers, icon: <TeamOutlined />, permission: P.userManage },
  { path: '/system/tokens', name: layoutText.menuTokens, icon: <KeyOutlined />, permission: P.tokenManage },
  { path: '/system/audit', name: layoutText.menuAudit, icon: <AuditOutlined />, permission: P.auditRead },
];

/**
 * The side menu for what the viewer may open: 防返贫监测, 产业发展, 驻村帮扶, 督查督办 and 系统管理 only list the pages
 * their permissions allow, and disappear when none is left.
 */
export function buildMenu(can: (permission: Permission) => boolean): { path: string; routes: MenuEntry[] } {
  const system = systemPages.filter((p) => can(p.permission)).map(({ permission: _, ...entry }) => entry);
  const monitoring = monitoringPages.filter((p) => can(p.permission)).map(({ permission: _, ...entry }) => entry);
  const industry = industryPages.filter((p) => can(p.permission)).map(({ permission: _, ...entry }) => entry);
  const stationing = stationingPages.filter((p) => can(p.permission)).map(({ permission: _, ...entry }) => entry);
  const supervision = supervisionPages.filter((p) => can(p.permission)).map(({ permission: _, ...entry }) => entry);
  return {
    path: '/',
    routes: [
      { path: '/', name: layoutText.menuDashboard, icon: <DashboardOutlined /> },
      { path: '/projects', name: layoutText.menuProjects, icon: <ProjectOutlined />, routes: projectPages },
      {
        path: '/funds',
        name: layoutText.menuFunds,
        icon: <FundOutlined />,
        routes: hidden(layoutText.menuFunds, ['/funds/allocations/import', '/funds/disbursements/import']),
      },
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
      ...(stationing.length > 0
        ? [
            {
              path: '/stationing',
              name: layoutText.menuStationing,
              icon: <UserSwitchOutlined />,
              isGroup: true,
              routes: stationing,
            },
          ]
        : []),
      ...(supervision.length > 0
        ? [
            {
              path: '/supervision',
              name: layoutText.menuSupervision,
              icon: <FlagOutlined />,
              isGroup: true,
              routes: supervision,
            },
          ]
        : []),
      ...(system.length > 0
        ? [{ path: '/system', name: layoutText.menuSystem, icon: <SettingOutlined />, isGroup: true, routes: system }]
        : []),
      // The partner guide and the explorer, outside the shell (partners read them without an account).
      { path: '/guide', name: layoutText.menuGuide, icon: <ApiOutlined /> },
    ],
  };
}
