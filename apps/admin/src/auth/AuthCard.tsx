import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Logo } from '../layout/Logo';
import { authText as t } from './locale';

/** The bureau's frame around the sign-in and change-password forms (no menu: nobody is in yet). */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 24,
        background: 'linear-gradient(160deg, #e6f4ff 0%, #f5f5f5 60%)',
      }}
    >
      <div style={{ width: 420, maxWidth: '100%' }}>
        <div style={{ textAlign: 'center', marginBottom: 24 }}>
          <Logo size={44} />
          <Typography.Title level={3} style={{ margin: '12px 0 4px' }}>
            {t.bureau}
          </Typography.Title>
          <Typography.Text type="secondary">{t.system}</Typography.Text>
        </div>
        <Card>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {title}
          </Typography.Title>
          {children}
        </Card>
      </div>
    </main>
  );
}
