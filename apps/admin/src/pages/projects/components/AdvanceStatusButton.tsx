import { useMutation } from '@apollo/client/react';
import { nextProjectStatus, type ProjectStatus, projectStatusLabels } from '@hanbin/ui';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { isStaleConflict } from '../../../lib/serverErrors';
import { useServerErrors } from '../../../lib/useServerErrors';
import { projectText as t } from '../locale';
import { AdvanceProjectStatusMutation } from '../projects.graphql';

export interface AdvanceStatusButtonProps {
  id: string;
  version: number;
  status: ProjectStatus;
  /** The server's `nextStatus`; the local lifecycle is the fallback. */
  nextStatus?: ProjectStatus | null;
  /** Reloads the project (after success, or when the user accepts a CONFLICT). */
  onChanged: () => void;
}

interface Values {
  effectiveOn: Dayjs;
  note?: string;
}

/** Moves the project to the next status, the only step allowed, with the day it happened. */
export function AdvanceStatusButton({ id, version, status, nextStatus, onChanged }: AdvanceStatusButtonProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [advance, { loading }] = useMutation(AdvanceProjectStatusMutation);
  const showError = useServerErrors(form, { onReload: onChanged });
  const next = nextStatus === undefined ? nextProjectStatus(status) : nextStatus;
  if (!next) return <Tag color="purple">{t.finalStatus}</Tag>;

  const submit = async (v: Values) => {
    setErrors([]);
    try {
      await advance({
        variables: {
          input: {
            id,
            version,
            to: next,
            effectiveOn: v.effectiveOn.format('YYYY-MM-DD'),
            note: v.note?.trim() || null,
          },
        },
      });
      message.success(t.advanced(projectStatusLabels[next]));
      setOpen(false);
      onChanged();
    } catch (e) {
      const { info, unmatched } = showError(e);
      if (isStaleConflict(info)) setOpen(false);
      setErrors(unmatched);
    }
  };

  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {t.advance(projectStatusLabels[next])}
      </Button>
      <Modal
        title={t.advance(projectStatusLabels[next])}
        open={open}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={loading}
        destroyOnHidden
      >
        <Alert
          type="info"
          showIcon
          title={t.advanceConfirm(projectStatusLabels[status], projectStatusLabels[next])}
          style={{ marginBottom: 16 }}
        />
        {errors.length > 0 ? (
          <Alert type="error" showIcon title={errors.join('；')} style={{ marginBottom: 16 }} />
        ) : null}
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ effectiveOn: dayjs() }}
          preserve={false}
        >
          <Form.Item
            name="effectiveOn"
            label={t.effectiveOn}
            rules={[{ required: true, message: t.effectiveOnRequired }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="note" label={t.note} rules={[{ max: 500, message: t.tooLong(500) }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
