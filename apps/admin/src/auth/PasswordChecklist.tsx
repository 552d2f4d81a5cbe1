import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { authText as t } from './locale';
import type { PolicyCheck } from './passwordPolicy';

/** The password rule, each line ticked as the new password meets it. */
export function PasswordChecklist({ checks }: { checks: PolicyCheck[] }) {
  return (
    <section aria-label={t.policyTitle} style={{ marginBottom: 16 }}>
      <Typography.Text strong>{t.policyTitle}</Typography.Text>
      <ul style={{ listStyle: 'none', padding: 0, margin: '4px 0 0' }}>
        {checks.map((c) => (
          <li key={c.key} data-ok={c.ok} style={{ color: c.ok ? '#389e0d' : 'rgba(0,0,0,0.55)' }}>
            {c.ok ? <CheckCircleFilled /> : <CloseCircleOutlined />} {c.label}
          </li>
        ))}
      </ul>
    </section>
  );
}
