import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { readServerError } from '../lib/serverErrors';
import { AuthCard } from './AuthCard';
import { MeQuery, SignInMutation } from './auth.graphql';
import { authText as t } from './locale';
import { type AuthPageState, changePasswordPath, safeNext } from './redirect';
import { announceSessionChange } from './session';

interface Values {
  username: string;
  password: string;
}

/** When a lock lifts, as the clerk reads it: today's time, or the date and time. */
function liftsAt(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const at = dayjs(value);
  if (!at.isValid()) return null;
  return at.isSame(dayjs(), 'day') ? at.format('HH:mm') : at.format('M月D日 HH:mm');
}

/** What a failed sign-in tells the person: wrong credentials, locked until when, or disabled. */
export function signInErrorMessage(error: unknown): string {
  const info = readServerError(error);
  if (info.code === 'ACCOUNT_LOCKED') {
    const until = liftsAt(info.extensions.lockedUntil);
    return until ? t.locked(until) : t.lockedNoTime;
  }
  if (info.code === 'FORBIDDEN' && info.reason === 'ACCOUNT_DISABLED') return t.disabled;
  if (info.code === 'UNAUTHENTICATED') return t.badCredentials;
  return info.message;
}

/** /login: the bureau's sign-in; afterwards back to `?next=` (or to the password change it requires). */
export function LoginPage() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const expired = Boolean((location.state as AuthPageState | null)?.expired);
  const [error, setError] = useState<string | null>(null);
  const me = useQuery(MeQuery, { fetchPolicy: 'network-only' });
  const [signIn, { loading }] = useMutation(SignInMutation);

  const signedIn = me.data?.me;
  if (signedIn && !loading) {
    return <Navigate to={signedIn.mustChangePassword ? changePasswordPath(next) : next} replace />;
  }

  const submit = async ({ username, password }: Values) => {
    setError(null);
    try {
      const { data } = await signIn({ variables: { input: { username: username.trim(), password } } });
      const viewer = data?.signIn;
      if (!viewer) return;
      // Whatever the cache held belonged to the previous session.
      await client.clearStore();
      client.writeQuery({ query: MeQuery, data: { me: viewer } });
      announceSessionChange();
      await navigate(viewer.mustChangePassword ? changePasswordPath(next) : next, { replace: true });
    } catch (e) {
      setError(signInErrorMessage(e));
    }
  };

  return (
    <AuthCard title={t.signInTitle}>
      {expired && !error ? <Alert type="warning" showIcon title={t.expired} style={{ marginBottom: 16 }} /> : null}
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form<Values> layout="vertical" onFinish={submit} requiredMark={false} disabled={loading}>
        <Form.Item name="username" label={t.username} rules={[{ required: true, message: t.usernameRequired }]}>
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus maxLength={64} />
        </Form.Item>
        <Form.Item name="password" label={t.password} rules={[{ required: true, message: t.passwordRequired }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={128} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={loading}>
          {t.signIn}
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
        {t.signInHint}
        <Link to="/guide" style={{ float: 'right' }}>
          {t.partnerGuide}
        </Link>
      </Typography.Paragraph>
    </AuthCard>
  );
}
