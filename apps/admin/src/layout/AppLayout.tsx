import { ProLayout } from '@ant-design/pro-components';
import { Suspense, useMemo } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { AuthGate } from '../auth/AuthGate';
import { useCan } from '../auth/viewer';
import { AntdProviders } from './AntdProviders';
import { Logo } from './Logo';
import { layoutText } from './locale';
import { buildMenu } from './menu';
import { PageLoading } from './PageLoading';
import { SessionCountdown } from './SessionCountdown';
import { UserMenu } from './UserMenu';

/** The shell: ProLayout side menu (by permission) around the current page, the user at its foot. */
function Shell() {
  const location = useLocation();
  const can = useCan();
  const route = useMemo(() => buildMenu(can), [can]);
  return (
    <ProLayout
      title={layoutText.appTitle}
      logo={<Logo />}
      layout="side"
      fixSiderbar
      siderWidth={208}
      location={{ pathname: location.pathname }}
      route={route}
      menu={{ type: 'sub' }}
      menuItemRender={(item, dom) => <Link to={item.path ?? '/'}>{dom}</Link>}
      subMenuItemRender={(item, dom) => (item.isGroup ? dom : <Link to={item.path ?? '/'}>{dom}</Link>)}
      menuFooterRender={(props) => (
        <div style={{ padding: props?.collapsed ? '8px 0' : '8px 12px' }}>
          <UserMenu collapsed={props?.collapsed} />
        </div>
      )}
      breadcrumbRender={false}
      pageTitleRender={false}
      token={{
        pageContainer: {
          paddingBlockPageContainerContent: 16,
          paddingInlinePageContainerContent: 24,
        },
      }}
    >
      <SessionCountdown />
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </ProLayout>
  );
}

/** The signed-in area: who the viewer is is known before the shell renders. */
export function AppLayout() {
  return (
    <AntdProviders>
      <AuthGate>
        <Shell />
      </AuthGate>
    </AntdProviders>
  );
}
