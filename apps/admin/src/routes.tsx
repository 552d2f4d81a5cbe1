import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Permission } from './auth/permissions';
import { BootLoading } from './layout/BootLoading';

// Every screen, the shell included, is its own chunk: the first load is only React, the router
// and Apollo; antd arrives with the shell (or with the sign-in page).
function lazyNamed<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const AppLayout = lazyNamed(() => import('./layout/AppLayout'), 'AppLayout');
const AuthLayout = lazyNamed(() => import('./layout/AuthLayout'), 'AuthLayout');
const LoginPage = lazyNamed(() => import('./auth/LoginPage'), 'LoginPage');
const ChangePasswordPage = lazyNamed(() => import('./auth/ChangePasswordPage'), 'ChangePasswordPage');
const DashboardPage = lazyNamed(() => import('./pages/dashboard/DashboardPage'), 'DashboardPage');
const ProjectListPage = lazyNamed(() => import('./pages/projects/ProjectListPage'), 'ProjectListPage');
const ProjectDetailPage = lazyNamed(() => import('./pages/projects/ProjectDetailPage'), 'ProjectDetailPage');
const ProjectCreatePage = lazyNamed(() => import('./pages/projects/ProjectCreatePage'), 'ProjectCreatePage');
const ProjectEditPage = lazyNamed(() => import('./pages/projects/ProjectEditPage'), 'ProjectEditPage');
const ProjectImportPage = lazyNamed(() => import('./pages/projects/ProjectImportPage'), 'ProjectImportPage');
const AllocationsImportPage = lazyNamed(() => import('./pages/funds/FundsImportPage'), 'AllocationsImportPage');
const DisbursementsImportPage = lazyNamed(() => import('./pages/funds/FundsImportPage'), 'DisbursementsImportPage');
const FundsPage = lazyNamed(() => import('./pages/funds/FundsPage'), 'FundsPage');
const UsersPage = lazyNamed(() => import('./pages/users/UsersPage'), 'UsersPage');
const ApiTokensPage = lazyNamed(() => import('./pages/tokens/ApiTokensPage'), 'ApiTokensPage');
const AuditLogPage = lazyNamed(() => import('./pages/audit/AuditLogPage'), 'AuditLogPage');
const HouseholdListPage = lazyNamed(() => import('./pages/households/HouseholdListPage'), 'HouseholdListPage');
const HouseholdCreatePage = lazyNamed(() => import('./pages/households/HouseholdCreatePage'), 'HouseholdCreatePage');
const HouseholdDetailPage = lazyNamed(() => import('./pages/households/HouseholdDetailPage'), 'HouseholdDetailPage');
const HouseholdImportPage = lazyNamed(() => import('./pages/households/HouseholdImportPage'), 'HouseholdImportPage');
const WarningsPage = lazyNamed(() => import('./pages/monitoring/WarningsPage'), 'WarningsPage');
const BoardPage = lazyNamed(() => import('./pages/monitoring/BoardPage'), 'BoardPage');
const CaseListPage = lazyNamed(() => import('./pages/monitoring/CaseListPage'), 'CaseListPage');
const CaseDetailPage = lazyNamed(() => import('./pages/monitoring/CaseDetailPage'), 'CaseDetailPage');
const VillageNoticePage = lazyNamed(() => import('./pages/monitoring/VillageNoticePage'), 'VillageNoticePage');
const ParkListPage = lazyNamed(() => import('./pages/industry/ParkListPage'), 'ParkListPage');
const ParkCreatePage = lazyNamed(() => import('./pages/industry/ParkCreatePage'), 'ParkCreatePage');
const ParkDetailPage = lazyNamed(() => import('./pages/industry/ParkDetailPage'), 'ParkDetailPage');
const ParkEditPage = lazyNamed(() => import('./pages/industry/ParkEditPage'), 'ParkEditPage');
const IndustryOverviewPage = lazyNamed(() => import('./pages/industry/IndustryOverviewPage'), 'IndustryOverviewPage');
const EastWestPage = lazyNamed(() => import('./pages/industry/EastWestPage'), 'EastWestPage');
const TeamListPage = lazyNamed(() => import('./pages/stationing/TeamListPage'), 'TeamListPage');
const TeamCreatePage = lazyNamed(() => import('./pages/stationing/TeamCreatePage'), 'TeamCreatePage');
const TeamImportPage = lazyNamed(() => import('./pages/stationing/TeamImportPage'), 'TeamImportPage');
const TeamDetailPage = lazyNamed(() => import('./pages/stationing/TeamDetailPage'), 'TeamDetailPage');
const SecretaryListPage = lazyNamed(() => import('./pages/stationing/SecretaryListPage'), 'SecretaryListPage');
const CoveragePage = lazyNamed(() => import('./pages/stationing/CoveragePage'), 'CoveragePage');
const SupervisionTaskListPage = lazyNamed(
  () => import('./pages/supervision/SupervisionTaskListPage'),
  'SupervisionTaskListPage',
);
const SupervisionGroupsPage = lazyNamed(
  () => import('./pages/supervision/SupervisionGroupsPage'),
  'SupervisionGroupsPage',
);
const DemonstrationVillagesPage = lazyNamed(
  () => import('./pages/supervision/DemonstrationVillagesPage'),
  'DemonstrationVillagesPage',
);
const PublicLayout = lazyNamed(() => import('./pages/guide/PublicLayout'), 'PublicLayout');
const GuidePage = lazyNamed(() => import('./pages/guide/GuidePage'), 'GuidePage');
const ExplorerPage = lazyNamed(() => import('./pages/explorer/ExplorerPage'), 'ExplorerPage');
const NotFoundPage = lazyNamed(() => import('./layout/NotFoundPage'), 'NotFoundPage');
const RequirePermission = lazyNamed(() => import('./auth/RequirePermission'), 'RequirePermission') as ComponentType<{
  permission: Permission;
  children: ReactNode;
}>;

const only = (permission: Permission, page: ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

/**
 * The route table: the sign-in pages and the partner guide and explorer (open to all) outside the
 * shell; the shell (behind the auth gate) around the rest.
 */
export const routes: RouteObject[] = [
  {
    element: (
      <Suspense fallback={<BootLoading />}>
        <AuthLayout />
      </Suspense>
    ),
    children: [
      { path: 'login', element: <LoginPage /> },
      { path: 'change-password', element: <ChangePasswordPage /> },
    ],
  },
  {
    element: (
      <Suspense fallback={<BootLoading />}>
        <PublicLayout />
      </Suspense>
    ),
    children: [
      { path: 'guide', element: <GuidePage /> },
      { path: 'explorer', element: <ExplorerPage /> },
    ],
  },
  {
    path: '/',
    element: (
      <Suspense fallback={<BootLoading />}>
        <AppLayout />
      </Suspense>
    ),
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'projects', element: <ProjectListPage /> },
      { path: 'projects/new', element: only(Permission.projectWrite, <ProjectCreatePage />) },
      { path: 'projects/import', element: only(Permission.projectWrite, <ProjectImportPage />) },
      {
        path: 'funds/allocations/import',
        element: only(Permission.allocationWrite, <AllocationsImportPage />),
      },
      {
        path: 'funds/disbursements/import',
        element: only(Permission.fundWrite, <DisbursementsImportPage />),
      },
      { path: 'projects/:id', element: <ProjectDetailPage /> },
      { path: 'projects/:id/edit', element: only(Permission.projectWrite, <ProjectEditPage />) },
      { path: 'funds', element: <FundsPage /> },
      { path: 'monitoring/households', element: only(Permission.householdRead, <HouseholdListPage />) },
      { path: 'monitoring/households/new', element: only(Permission.householdWrite, <HouseholdCreatePage />) },
      { path: 'monitoring/households/import', element: only(Permission.householdWrite, <HouseholdImportPage />) },
      { path: 'monitoring/households/:id', element: only(Permission.householdRead, <HouseholdDetailPage />) },
      { path: 'monitoring/warnings', element: only(Permission.monitoringRead, <WarningsPage />) },
      { path: 'monitoring/board', element: only(Permission.monitoringRead, <BoardPage />) },
      { path: 'monitoring/cases', element: only(Permission.monitoringRead, <CaseListPage />) },
      { path: 'monitoring/cases/:id', element: only(Permission.monitoringRead, <CaseDetailPage />) },
      { path: 'monitoring/notice/:villageCode', element: only(Permission.monitoringWrite, <VillageNoticePage />) },
      { path: 'industry/parks', element: only(Permission.industryRead, <ParkListPage />) },
      { path: 'industry/parks/new', element: only(Permission.industryWrite, <ParkCreatePage />) },
      { path: 'industry/parks/:id', element: only(Permission.industryRead, <ParkDetailPage />) },
      { path: 'industry/parks/:id/edit', element: only(Permission.industryWrite, <ParkEditPage />) },
      { path: 'industry/overview', element: only(Permission.industryRead, <IndustryOverviewPage />) },
      { path: 'industry/east-west', element: only(Permission.industryRead, <EastWestPage />) },
      { path: 'stationing/teams', element: only(Permission.stationingRead, <TeamListPage />) },
      { path: 'stationing/teams/new', element: only(Permission.stationingWrite, <TeamCreatePage />) },
      { path: 'stationing/teams/import', element: only(Permission.stationingWrite, <TeamImportPage />) },
      { path: 'stationing/teams/:id', element: only(Permission.stationingRead, <TeamDetailPage />) },
      { path: 'stationing/secretaries', element: only(Permission.stationingRead, <SecretaryListPage />) },
      { path: 'stationing/coverage', element: only(Permission.stationingRead, <CoveragePage />) },
      { path: 'supervision/tasks', element: only(Permission.supervisionRead, <SupervisionTaskListPage />) },
      { path: 'supervision/groups', element: only(Permission.supervisionRead, <SupervisionGroupsPage />) },
      {
        path: 'supervision/demonstration-villages',
        element: only(Permission.supervisionRead, <DemonstrationVillagesPage />),
      },
      { path: 'system/users', element: only(Permission.userManage, <UsersPage />) },
      { path: 'system/tokens', element: only(Permission.tokenManage, <ApiTokensPage />) },
      { path: 'system/audit', element: only(Permission.auditRead, <AuditLogPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export type AppRouter = ReturnType<typeof createBrowserRouter>;

export function createAppRouter(): AppRouter {
  return createBrowserRouter(routes);
}
