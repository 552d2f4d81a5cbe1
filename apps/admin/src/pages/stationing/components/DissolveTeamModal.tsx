import { useMutation } from '@apollo/client/react';
import { App, DatePicker, Form, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { keepEnterFromSubmitting } from '../../../lib/formRules';
import { stationingText as t } from '../locale';
import { DissolveWorkTeamMutation } from '../stationing.graphql';
import { evictStationing } from './evictStationing';
import { notAfterToday, notBefore, toDate, today } from './rules';
import { useFormSubmit } from './useFormSubmit';

interface Values {
  dissolvedOn: Dayjs;
}

/** The team to dissolve, with the version it was read at. */
export interface DissolvingTeam {
  id: string;
  version: number;
  name: string;
  formedOn: string;
}

export interface DissolveTeamModalProps {
  /** null keeps the dialog closed. */
  team: DissolvingTeam | null;
  onClose: () => void;
  /** Also called to reload when someone else changed the team first. */
  onDissolved: () => void;
}

/** 撤销工作队: the day; members in post leave that day (任期届满). Checked against the version read. */
export function DissolveTeamModal({ team, onClose, onDissolved }: DissolveTeamModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { run, saving, reset, errorAlert } = useFormSubmit(form, { onReload: onDissolved });
  const [dissolve] = useMutation(DissolveWorkTeamMutation, { update: evictStationing });

  useEffect(() => {
    if (!team) return;
    reset();
    form.resetFields();
    form.setFieldsValue({ dissolvedOn: today() });
  }, [team, form, reset]);

  const submit = (v: Values) =>
    run(async () => {
      if (!team) return;
      await dissolve({
        variables: { input: { id: team.id, version: team.version, dissolvedOn: toDate(v.dissolvedOn) } },
      });
      message.success(t.dissolved);
      onDissolved();
    });

  return (
    <Modal
      title={team ? t.dissolveTitle(team.name) : null}
      open={team !== null}
      width={480}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.dissolve}
      okButtonProps={{ danger: true }}
      confirmLoading={saving}
      forceRender
    >
      {errorAlert}
      <Typography.Paragraph type="secondary">{t.dissolveHint}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={submit} onKeyDown={keepEnterFromSubmitting}>
        <Form.Item
          name="dissolvedOn"
          label={t.dissolvedOn}
          rules={[
            { required: true, message: t.dissolvedOnRequired },
            notBefore(team?.formedOn, t.dissolvedBeforeFormed(team?.formedOn ?? '')),
            notAfterToday(t.dissolvedOnFuture),
          ]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
