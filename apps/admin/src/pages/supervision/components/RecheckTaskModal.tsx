import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { SupervisionTaskRowFragment as Task } from '../../../gql/graphql';
import { supervisionText as t } from '../locale';
import { RecheckSupervisionTaskMutation } from '../supervision.graphql';
import { DateItem } from './DateItem';
import { DAY } from './dates';
import { refreshSupervision, TaskFormModal, useTaskSubmit } from './TaskFormModal';

interface RecheckValues {
  passed: boolean;
  note: string;
  recheckedOn: Dayjs;
  newDeadline?: Dayjs | null;
}

/**
 * 复核: passed closes the task (销号); not passed sends it back to the town with a note and a new
 * deadline, which the form requires (the old one has usually passed by then).
 */
export function RecheckTaskModal({ task, onClose }: { task: Task | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<RecheckValues>();
  const { errors, run, reset } = useTaskSubmit(form, onClose);
  const [recheck, { loading }] = useMutation(RecheckSupervisionTaskMutation, { update: refreshSupervision });
  const passed = Form.useWatch('passed', form) ?? true;

  useEffect(() => {
    if (!task) return;
    reset();
    form.resetFields();
    form.setFieldsValue({ passed: true, recheckedOn: dayjs() });
  }, [task, form, reset]);

  const submit = (v: RecheckValues) =>
    run(async () => {
      if (!task) return;
      await recheck({
        variables: {
          input: {
            id: task.id,
            version: task.version,
            passed: v.passed,
            note: v.note.trim(),
            recheckedOn: v.recheckedOn.format(DAY),
            newDeadline: !v.passed && v.newDeadline ? v.newDeadline.format(DAY) : null,
          },
        },
      });
      message.success(v.passed ? t.closed(task.code) : t.reopened(task.code));
      onClose();
    });

  return (
    <TaskFormModal<RecheckValues>
      title={task ? t.recheckTitle(task.code) : t.recheck}
      open={task !== null}
      okText={passed ? t.passed : t.failed}
      danger={!passed}
      form={form}
      errors={errors}
      loading={loading}
      onCancel={onClose}
      onFinish={submit}
    >
      <Form.Item label={t.rectification}>
        {task?.rectification}
        {task?.rectifiedOn ? `（${task.rectifiedOn}）` : null}
      </Form.Item>
      <Form.Item name="passed" label={t.outcome}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: true, label: t.passed },
            { value: false, label: t.failed },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t.recheckNote}
        rules={[
          { required: true, whitespace: true, message: t.noteRule },
          { min: 2, max: 1000, message: t.noteRule },
        ]}
      >
        <Input.TextArea
          rows={3}
          maxLength={1000}
          showCount
          placeholder={passed ? t.notePlaceholderPassed : t.notePlaceholderFailed}
        />
      </Form.Item>
      <DateItem
        name="recheckedOn"
        label={t.recheckedOn}
        requiredMessage={t.recheckedOnRequired}
        earliest={{ date: () => task?.rectifiedOn, message: t.recheckedBeforeRectified(task?.rectifiedOn ?? '') }}
      />
      {passed ? null : (
        <DateItem
          name="newDeadline"
          label={t.newDeadline}
          requiredMessage={t.newDeadlineRequired}
          earliest={{ date: (get) => get('recheckedOn') as Dayjs | undefined, message: t.newDeadlineBeforeRecheck }}
          dependsOn="recheckedOn"
          future
        />
      )}
    </TaskFormModal>
  );
}
