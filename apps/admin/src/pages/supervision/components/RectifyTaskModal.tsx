import { useMutation } from '@apollo/client/react';
import { App, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { SupervisionTaskRowFragment as Task } from '../../../gql/graphql';
import { supervisionText as t } from '../locale';
import { RectifySupervisionTaskMutation } from '../supervision.graphql';
import { DateItem } from './DateItem';
import { DAY } from './dates';
import { refreshSupervision, TaskFormModal, useTaskSubmit } from './TaskFormModal';

interface RectifyValues {
  rectification: string;
  rectifiedOn: Dayjs;
}

/** 报送整改: what was done and when; the task then waits for the re-check. */
export function RectifyTaskModal({ task, onClose }: { task: Task | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<RectifyValues>();
  const { errors, run, reset } = useTaskSubmit(form, onClose);
  const [rectify, { loading }] = useMutation(RectifySupervisionTaskMutation, { update: refreshSupervision });

  useEffect(() => {
    if (!task) return;
    reset();
    form.resetFields();
    form.setFieldsValue({ rectifiedOn: dayjs() });
  }, [task, form, reset]);

  const submit = (v: RectifyValues) =>
    run(async () => {
      if (!task) return;
      await rectify({
        variables: {
          input: {
            id: task.id,
            version: task.version,
            rectification: v.rectification.trim(),
            rectifiedOn: v.rectifiedOn.format(DAY),
          },
        },
      });
      message.success(t.rectified(task.code));
      onClose();
    });

  return (
    <TaskFormModal<RectifyValues>
      title={task ? t.rectifyTitle(task.code) : t.rectify}
      open={task !== null}
      okText={t.rectify}
      form={form}
      errors={errors}
      loading={loading}
      onCancel={onClose}
      onFinish={submit}
    >
      <Form.Item label={t.finding}>{task?.finding}</Form.Item>
      <Form.Item
        name="rectification"
        label={t.rectification}
        rules={[
          { required: true, whitespace: true, message: t.rectificationRule },
          { min: 4, max: 1000, message: t.rectificationRule },
        ]}
      >
        <Input.TextArea rows={4} maxLength={1000} showCount placeholder={t.rectificationPlaceholder} />
      </Form.Item>
      <DateItem
        name="rectifiedOn"
        label={t.rectifiedOn}
        requiredMessage={t.rectifiedOnRequired}
        earliest={{ date: () => task?.foundOn, message: t.rectifiedBeforeFound(task?.foundOn ?? '') }}
      />
    </TaskFormModal>
  );
}
