import { type ComponentType, lazy, Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { BootLoading } from './layout/BootLoading';

// Every screen, the shell included, is its own chunk: the first load is only React, the router
// and Apollo; antd arrives with the shell.
function lazyNamed<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const AppLayout = lazyNamed(() => import('./layout/AppLayout'), 'AppLayout');
const DashboardPage = lazyNamed(() => import('./pages/dashboard/DashboardPage'), 'DashboardPage');
const ProjectListPage = lazyNamed(() => import('./pages/projects/ProjectListPage'), 'ProjectListPage');
const ProjectDetailPage = lazyNamed(() => import('./pages/projects/ProjectDetailPage'), 'ProjectDetailPage');
const ProjectCreatePage = lazyNamed(() => import('./pages/projects/ProjectCreatePage'), 'ProjectCreatePage');
const ProjectEditPage = lazyNamed(() => import('./pages/projects/ProjectEditPage'), 'ProjectEditPage');
const FundsPage = lazyNamed(() => import('./pages/funds/FundsPage'), 'FundsPage');
const NotFoundPage = lazyNamed(() => import('./layout/NotFoundPage'), 'NotFoundPage');

/** The route table; the layout wraps each page in Suspense. */
export const routes: RouteObject[] = [
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
      { path: 'projects/new', element: <ProjectCreatePage /> },
      { path: 'projects/:id', element: <ProjectDetailPage /> },
      { path: 'projects/:id/edit', element: <ProjectEditPage /> },
      { path: 'funds', element: <FundsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export type AppRouter = ReturnType<typeof createBrowserRouter>;

export function createAppRouter(): AppRouter {
  return createBrowserRouter(routes);
}
