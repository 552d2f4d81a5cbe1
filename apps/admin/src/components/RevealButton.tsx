import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { revealText as t } from '../lib/locale';
import { useServerErrors } from '../lib/useServerErrors';

/** How long a revealed value stays on screen. */
export const REVEAL_SECONDS = 30;

/** The purpose the API accepts: 5–200 characters once trimmed. */
export function purposeProblem(value: string | undefined): string | null {
  const n = value?.trim().length ?? 0;
  if (n === 0) return t.purposeRequired;
  return n >= 5 && n <= 200 ? null : t.purposeLength;
}

export interface RevealButtonProps {
  /** Accessible name of the button, e.g. 查看手机号. */
  ariaLabel: string;
  title: ReactNode;
  /** Why the purpose is asked (查看将记入审计日志…). */
  notice: ReactNode;
  placeholder?: string;
  /** Shown when the API answers null (nothing recorded). */
  emptyText?: ReactNode;
  /** `data-testid` of the revealed value. */
  testId?: string;
  /** Asks the API for the clear value; the API records who asked and why. */
  onReveal: (purpose: string) => Promise<string | null>;
}

interface Revealed {
  value: string | null;
  left: number;
}

/**
 * 查看 beside a masked identifier: asks the purpose (5–200 characters, audited), shows the value for
 * 30 seconds, then forgets it. The value lives in this component's state only, never in a cache.
 */
export function RevealButton({
  ariaLabel,
  title,
  notice,
  placeholder,
  emptyText,
  testId,
  onReveal,
}: RevealButtonProps) {
  const [open, setOpen] = useState(false);
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const [loading, setLoading] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [form] = Form.useForm<{ purpose: string }>();
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
    setLoading(true);
    try {
      setRevealed({ value: await onReveal(purpose.trim()), left: REVEAL_SECONDS });
    } catch (e) {
      setErrors(showError(e).unmatched);
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <Button size="small" type="link" icon={<EyeOutlined />} onClick={() => setOpen(true)} aria-label={ariaLabel}>
        {t.reveal}
      </Button>
      <Modal
        title={title}
        open={open}
        onCancel={close}
        destroyOnHidden
        okText={revealed ? t.close : t.reveal}
        onOk={() => (revealed ? close() : form.submit())}
        confirmLoading={loading}
        cancelButtonProps={revealed ? { style: { display: 'none' } } : undefined}
      >
        {revealed ? (
          <div style={{ textAlign: 'center', padding: '12px 0' }}>
            {revealed.value ? (
              <Typography.Title level={3} copyable style={{ margin: 0, letterSpacing: 1 }} data-testid={testId}>
                {revealed.value}
              </Typography.Title>
            ) : (
              <Typography.Text>{emptyText}</Typography.Text>
            )}
            <Typography.Text type="secondary">{t.shown(revealed.left)}</Typography.Text>
          </div>
        ) : (
          <>
            <Alert type="warning" showIcon title={notice} style={{ marginBottom: 16 }} />
            {errors.length > 0 ? (
              <Alert type="error" showIcon title={errors.join('；')} style={{ marginBottom: 16 }} />
            ) : null}
            <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
              <Form.Item
                name="purpose"
                label={t.purpose}
                rules={[
                  {
                    validator: (_, v: string | undefined) => {
                      const problem = purposeProblem(v);
                      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
                    },
                  },
                ]}
              >
                <Input.TextArea rows={3} maxLength={200} showCount placeholder={placeholder} />
              </Form.Item>
            </Form>
          </>
        )}
      </Modal>
    </>
  );
}
