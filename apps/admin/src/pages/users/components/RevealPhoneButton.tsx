import { EyeOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { UserRowFragment } from '../../../gql/graphql';
import { useServerErrors } from '../../../lib/useServerErrors';
import { userText as t } from '../locale';
import { RevealUserPhoneMutation } from '../users.graphql';

/** How long the number stays on screen. */
export const REVEAL_SECONDS = 30;

interface Revealed {
  phone: string | null;
  left: number;
}

/**
 * 查看 beside a masked phone: asks the purpose (5–200 characters, recorded in the audit log), shows
 * the number for 30 seconds, then forgets it. The answer never enters Apollo's cache.
 */
export function RevealPhoneButton({ user }: { user: Pick<UserRowFragment, 'id' | 'displayName'> }) {
  const [open, setOpen] = useState(false);
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [form] = Form.useForm<{ purpose: string }>();
  const [reveal, { loading }] = useMutation(RevealUserPhoneMutation, { fetchPolicy: 'no-cache' });
  const showError = useServerErrors(form);

  useEffect(() => {
    if (!revealed) return;
    if (revealed.left <= 0) {
      setRevealed(null);
      setOpen(false);
      return;
    }
    const timer = window.setTimeout(() => setRevealed((r) => (r ? { ...r, left: r.left - 1 } : r)), 1000);
    return () => window.clearTimeout(timer);
  }, [revealed]);

  const close = () => {
    setOpen(false);
    setRevealed(null);
    setErrors([]);
  };

  const submit = async ({ purpose }: { purpose: string }) => {
    setErrors([]);
    try {
      const { data } = await reveal({ variables: { id: user.id, purpose: purpose.trim() } });
      setRevealed({ phone: data?.revealUserPhone ?? null, left: REVEAL_SECONDS });
    } catch (e) {
      setErrors(showError(e).unmatched);
    }
  };

  return (
    <>
      <Button
        size="small"
        type="link"
        icon={<EyeOutlined />}
        onClick={() => setOpen(true)}
        aria-label={`${t.reveal}${t.phone}`}
      >
        {t.reveal}
      </Button>
      <Modal
        title={t.revealTitle(user.displayName)}
        open={open}
        onCancel={close}
        destroyOnHidden
        okText={revealed ? t.close : t.revealSubmit}
        onOk={() => (revealed ? close() : form.submit())}
        confirmLoading={loading}
        cancelButtonProps={revealed ? { style: { display: 'none' } } : undefined}
      >
        {revealed ? (
          <div style={{ textAlign: 'center', padding: '12px 0' }}>
            {revealed.phone ? (
              <Typography.Title level={3} copyable style={{ margin: 0, letterSpacing: 1 }} data-testid="revealed-phone">
                {revealed.phone}
              </Typography.Title>
            ) : (
              <Typography.Text>{t.revealNone}</Typography.Text>
            )}
            <Typography.Text type="secondary">{t.revealShown(revealed.left)}</Typography.Text>
          </div>
        ) : (
          <>
            <Alert type="warning" showIcon title={t.revealNotice} style={{ marginBottom: 16 }} />
            {errors.length > 0 ? (
              <Alert type="error" showIcon title={errors.join('；')} style={{ marginBottom: 16 }} />
            ) : null}
            <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
              <Form.Item
                name="purpose"
                label={t.purpose}
                rules={[
                  { required: true, whitespace: true, message: t.purposeRequired },
                  {
                    validator: (_, v: string | undefined) => {
                      const n = v?.trim().length ?? 0;
                      return n === 0 || (n >= 5 && n <= 200)
                        ? Promise.resolve()
                        : Promise.reject(new Error(t.purposeLength));
                    },
                  },
                ]}
              >
                <Input.TextArea rows={3} maxLength={200} showCount placeholder={t.purposePlaceholder} />
              </Form.Item>
            </Form>
          </>
        )}
      </Modal>
    </>
  );
}
