import { useMutation } from '@apollo/client/react';
import { enumOptions, TERM_END_REASONS, termEndReasonLabels } from '@hanbin/ui';
import { App, DatePicker, Form, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { TermEndReason } from '../../../gql/graphql';
import { keepEnterFromSubmitting } from '../../../lib/formRules';
import { stationingText as t } from '../locale';
import { EndFirstSecretaryTermMutation, EndWorkTeamMemberMutation } from '../stationing.graphql';
import { evictStationing } from './evictStationing';
import { notAfterToday, notBefore, toDate, today } from './rules';
import { useFormSubmit } from './useFormSubmit';

interface Values {
  endedOn: Dayjs;
  reason: TermEndReason;
}

/** The term to end, with the version it was read at. */
export interface EndingTerm {
  id: string;
  version: number;
  startedOn: string;
  name: string;
}

export interface EndTermModalProps {
  /** 离队 of a team member, or 离任 of a first secretary. */
  kind: 'member' | 'secretary';
  /** null keeps the dialog closed. */
  term: EndingTerm | null;
  onClose: () => void;
  /** Also called to reload when someone else changed the term first. */
  onEnded: () => void;
}

// Rotation is done by appointing or adding the successor, which ends the term itself.
const REASONS = TERM_END_REASONS.filter((r) => r !== 'ROTATED');

/** 离队 / 离任: the last day and why; the term stays in the history. Checked against the version read. */
export function EndTermModal({ kind, term, onClose, onEnded }: EndTermModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { run, saving, reset, errorAlert } = useFormSubmit(form, { onReload: onEnded });
  const [endMember] = useMutation(EndWorkTeamMemberMutation, { update: evictStationing });
  const [endSecretary] = useMutation(EndFirstSecretaryTermMutation, { update: evictStationing });
  const secretary = kind === 'secretary';

  useEffect(() => {
    if (!term) return;
    reset();
    form.resetFields();
    form.setFieldsValue({ endedOn: today(), reason: 'TERM_COMPLETED' });
  }, [term, form, reset]);

  const submit = (v: Values) =>
    run(async () => {
      if (!term) return;
      const input = { id: term.id, version: term.version, endedOn: toDate(v.endedOn), reason: v.reason };
      if (secretary) await endSecretary({ variables: { input } });
      else await endMember({ variables: { input } });
      message.success(secretary ? t.secretaryLeft(term.name) : t.memberEnded(term.name));
      onEnded();
    });

  const title = secretary ? t.endSecretaryTitle : t.endMemberTitle;
  return (
    <Modal
      title={term ? title(term.name) : null}
      open={term !== null}
      width={480}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={secretary ? t.endSecretary : t.endMember}
      okButtonProps={{ danger: true }}
      confirmLoading={saving}
      forceRender
    >
      {errorAlert}
      <Typography.Paragraph type="secondary">{term ? t.termOf(term.startedOn) : null}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={submit} onKeyDown={keepEnterFromSubmitting}>
        <Form.Item
          name="endedOn"
          label={t.endDate(secretary)}
          rules={[
            { required: true, message: t.endDateRequired },
            notBefore(term?.startedOn, t.endBeforeStart(term?.startedOn ?? '')),
            notAfterToday(t.endFuture),
          ]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t.reason} rules={[{ required: true, message: t.reasonRequired }]}>
          <Select options={enumOptions(REASONS, termEndReasonLabels)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
