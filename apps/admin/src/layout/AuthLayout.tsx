import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { AntdProviders } from './AntdProviders';
import { BootLoading } from './BootLoading';

/** Around the sign-in and change-password pages: antd in Chinese, no menu. */
export function AuthLayout() {
  return (
    <AntdProviders>
      <Suspense fallback={<BootLoading />}>
        <Outlet />
      </Suspense>
    </AntdProviders>
  );
}
