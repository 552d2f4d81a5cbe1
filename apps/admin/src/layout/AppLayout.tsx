import { DashboardOutlined, FundOutlined, ProjectOutlined } from '@ant-design/icons';
import { ProLayout } from '@ant-design/pro-components';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { AntdProviders } from './AntdProviders';
import { layoutText } from './locale';
import { PageLoading } from './PageLoading';

// hideInMenu children let the side menu keep 项目库 selected on /projects/:id and friends.
const menuRoute = {
  path: '/',
  routes: [
    { path: '/', name: layoutText.menuDashboard, icon: <DashboardOutlined /> },
    {
      path: '/projects',
      name: layoutText.menuProjects,
      icon: <ProjectOutlined />,
      routes: [
        {
          path: '/projects/new',
          hideInMenu: true,
          name: layoutText.menuProjects,
        },
        {
          path: '/projects/:id',
          hideInMenu: true,
          name: layoutText.menuProjects,
        },
        {
          path: '/projects/:id/edit',
          hideInMenu: true,
          name: layoutText.menuProjects,
        },
      ],
    },
    { path: '/funds', name: layoutText.menuFunds, icon: <FundOutlined /> },
  ],
};

function Logo() {
  return (
    <svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true">
      <rect width="28" height="28" rx="6" fill="#1677ff" />
      <path d="M7 19c3-7 11-7 14-10M9 21h10" stroke="#fff" strokeWidth="2.2" fill="none" strokeLinecap="round" />
    </svg>
  );
}

/** The shell: ProLayout side menu around the current page. */
export function AppLayout() {
  const location = useLocation();
  return (
    <AntdProviders>
      <ProLayout
        title={layoutText.appTitle}
        logo={<Logo />}
        layout="side"
        fixSiderbar
        siderWidth={208}
        location={{ pathname: location.pathname }}
        route={menuRoute}
        menu={{ type: 'sub' }}
        menuItemRender={(item, dom) => <Link to={item.path ?? '/'}>{dom}</Link>}
        subMenuItemRender={(item, dom) => <Link to={item.path ?? '/'}>{dom}</Link>}
        breadcrumbRender={false}
        pageTitleRender={false}
        token={{
          pageContainer: {
            paddingBlockPageContainerContent: 16,
            paddingInlinePageContainerContent: 24,
          },
        }}
      >
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </ProLayout>
    </AntdProviders>
  );
}
