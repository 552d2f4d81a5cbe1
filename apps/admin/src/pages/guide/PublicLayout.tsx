import { ApiOutlined, CodeOutlined, LoginOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { Suspense } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { AntdProviders } from '../../layout/AntdProviders';
import { Logo } from '../../layout/Logo';
import { PageLoading } from '../../layout/PageLoading';
import { publicText as t } from './locale';

const navStyle = ({ isActive }: { isActive: boolean }) => ({
  padding: '6px 12px',
  borderRadius: 6,
  color: isActive ? '#1677ff' : 'rgba(0,0,0,0.75)',
  background: isActive ? '#e6f4ff' : 'transparent',
  fontWeight: isActive ? 500 : 400,
});

/**
 * Around /guide and /explorer, which partners open without an account: antd in Chinese and a
 * header with the two pages and the way into the admin; no auth gate.
 */
export function PublicLayout() {
  return (
    <AntdProviders>
      <div style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', background: '#f5f7fa' }}>
        <header
          style={{
            height: 56,
            flex: 'none',
            display: 'flex',
            alignItems: 'center',
            gap: 24,
            padding: '0 24px',
            background: '#fff',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Link to="/guide" style={{ display: 'flex', alignItems: 'center', gap: 10 }}>
            <Logo />
            <Typography.Text strong style={{ fontSize: 16 }}>
              {t.bureau} · {t.product}
            </Typography.Text>
          </Link>
          <nav>
            <Space size={4}>
              <NavLink to="/guide" style={navStyle}>
                <ApiOutlined /> {t.guide}
              </NavLink>
              <NavLink to="/explorer" style={navStyle}>
                <CodeOutlined /> {t.explorer}
              </NavLink>
            </Space>
          </nav>
          <div style={{ marginLeft: 'auto' }}>
            <Link to="/">
              <Button size="small" icon={<LoginOutlined />}>
                {t.enterSystem}
              </Button>
            </Link>
          </div>
        </header>
        <div style={{ flex: 1, display: 'flex', flexDirection: 'column', minHeight: 0 }}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </div>
      </div>
    </AntdProviders>
  );
}
