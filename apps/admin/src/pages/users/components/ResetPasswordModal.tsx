import { useMutation } from '@apollo/client/react';
import { Alert, App, Form, Modal } from 'antd';
import type { Rule } from 'antd/es/form';
import { useState } from 'react';
import { checkPassword } from '../../../auth/passwordPolicy';
import type { UserRowFragment } from '../../../gql/graphql';
import { useServerErrors } from '../../../lib/useServerErrors';
import { userText as t } from '../locale';
import { ResetUserPasswordMutation } from '../users.graphql';
import { PasswordInput } from './PasswordInput';

/** 重置密码: a temporary password the user must change at the next sign-in. */
export function ResetPasswordModal({
  user,
  onClose,
  onDone,
}: {
  user: UserRowFragment | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string }>();
  const [errors, setErrors] = useState<string[]>([]);
  const [reset, { loading }] = useMutation(ResetUserPasswordMutation);
  const showError = useServerErrors(form);

  const rule: Rule = {
    validator: (_, value: string | undefined) => {
      if (!value) return Promise.resolve();
      const failed = checkPassword(value, { username: user?.username }).find((c) => !c.ok);
      return failed ? Promise.reject(new Error(failed.label)) : Promise.resolve();
    },
  };

  const submit = async ({ newPassword }: { newPassword: string }) => {
    if (!user) return;
    setErrors([]);
    try {
      await reset({ variables: { id: user.id, input: { newPassword } } });
      message.success(t.reset);
      onDone();
    } catch (e) {
      setErrors(showError(e).unmatched);
    }
  };

  return (
    <Modal
      title={user ? t.resetTitle(user.displayName) : ''}
      open={user !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={loading}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t.resetHint} style={{ marginBottom: 16 }} />
      {errors.length > 0 ? (
        <Alert type="error" showIcon title={errors.join('；')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          name="newPassword"
          label={t.newPassword}
          rules={[{ required: true, message: t.passwordRequired }, rule]}
        >
          <PasswordInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}
