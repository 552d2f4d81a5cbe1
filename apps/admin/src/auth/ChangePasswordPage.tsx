import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Form, Input, Space, Spin } from 'antd';
import type { Rule } from 'antd/es/form';
import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { commonText } from '../lib/locale';
import { readServerError } from '../lib/serverErrors';
import { useServerErrors } from '../lib/useServerErrors';
import { AuthCard } from './AuthCard';
import { ChangePasswordMutation, MeQuery } from './auth.graphql';
import { authText as t } from './locale';
import { PasswordChecklist } from './PasswordChecklist';
import { checkPassword } from './passwordPolicy';
import { type AuthPageState, loginPath, safeNext } from './redirect';
import { announceSessionChange } from './session';
import { useSignOut } from './useSignOut';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/**
 * /change-password: required after the first sign-in and after an administrator's reset (the API
 * refuses everything else until then), and open to anyone from the user menu.
 */
export function ChangePasswordPage() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const me = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  const [change, { loading }] = useMutation(ChangePasswordMutation);
  const signOut = useSignOut();
  const showError = useServerErrors(form);
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const currentPassword = Form.useWatch('currentPassword', form);

  if (me.loading && !me.data) {
    return (
      <AuthCard title={t.changePasswordTitle}>
        <Spin />
      </AuthCard>
    );
  }
  const viewer = me.data?.me;
  if (!viewer) return <Navigate to={loginPath(next)} replace />;
  const username = viewer.user?.username;
  const checks = checkPassword(newPassword, { username, current: currentPassword ?? '' });

  const policyRule: Rule = {
    validator: (_, value: string | undefined) => {
      if (!value) return Promise.resolve();
      const failed = checkPassword(value, { username, current: form.getFieldValue('currentPassword') ?? '' }).find(
        (c) => !c.ok,
      );
      return failed ? Promise.reject(new Error(failed.label)) : Promise.resolve();
    },
  };

  const submit = async (v: Values) => {
    setErrors([]);
    try {
      const { data } = await change({
        variables: { input: { currentPassword: v.currentPassword, newPassword: v.newPassword } },
      });
      if (!data) return;
      client.writeQuery({ query: MeQuery, data: { me: data.changePassword } });
      message.success(t.changed);
      await navigate(next, { replace: true });
    } catch (e) {
      // This page is outside the auth gate: an ended session is handled here.
      if (readServerError(e).code === 'UNAUTHENTICATED') {
        await navigate(loginPath(next), { replace: true, state: { expired: true } satisfies AuthPageState });
        return;
      }
      setErrors(showError(e).unmatched);
    }
  };

  const leave = async () => {
    if (!(await signOut())) return;
    await client.clearStore();
    announceSessionChange();
    await navigate('/login', { replace: true });
  };

  return (
    <AuthCard title={t.changePasswordTitle}>
      {viewer.mustChangePassword ? (
        <Alert type="info" showIcon title={t.mustChange} style={{ marginBottom: 16 }} />
      ) : null}
      {errors.length > 0 ? (
        <Alert type="error" showIcon title={errors.join('；')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        {/* Lets the browser's password manager pair the new password with this account. */}
        <input type="text" name="username" autoComplete="username" value={username ?? ''} readOnly hidden />
        <Form.Item
          name="currentPassword"
          label={t.currentPassword}
          rules={[{ required: true, message: t.currentRequired }]}
        >
          <Input.Password autoComplete="current-password" maxLength={128} />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t.newPassword}
          dependencies={['currentPassword']}
          rules={[{ required: true, message: t.newRequired }, policyRule]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <PasswordChecklist checks={checks} />
        <Form.Item
          name="confirmPassword"
          label={t.confirmPassword}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t.confirmRequired },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t.confirmMismatch)),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          {viewer.mustChangePassword ? (
            <Button type="link" onClick={leave} style={{ paddingInline: 0 }}>
              {t.signOutInstead}
            </Button>
          ) : (
            <Link to={next}>{commonText.back}</Link>
          )}
          <Button type="primary" htmlType="submit" loading={loading}>
            {t.changePassword}
          </Button>
        </Space>
      </Form>
    </AuthCard>
  );
}
