import { useMutation } from '@apollo/client/react';
import { enumOptions, labelOf, TEAM_ROLES, teamRoleLabels } from '@hanbin/ui';
import { App, Col, DatePicker, Form, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { TeamMemberRowFragment as Member, TeamRole } from '../../../gql/graphql';
import { stationingText as t } from '../locale';
import { AddWorkTeamMemberMutation } from '../stationing.graphql';
import { CadreFields } from './CadreFields';
import { type CadreValues, cadreFieldPath, toCadreInput } from './cadreValues';
import { evictStationing } from './evictStationing';
import { notAfterToday, notBefore, toDate, today } from './rules';
import { useFormSubmit } from './useFormSubmit';

interface Values extends CadreValues {
  role: TeamRole;
  startedOn: Dayjs;
  replacesMemberId?: string;
}

export interface AddMemberModalProps {
  /** The team a member joins; null keeps the dialog closed. */
  team: { id: string; name: string; formedOn: string; inPost: readonly Member[] } | null;
  /** 轮换: the member in post the new one replaces. */
  replacing?: Member | null;
  onClose: () => void;
  onAdded: () => void;
}

/**
 * 队员到岗: a registered cadre or a new one, the role in the team, the first day; optionally in place
 * of a member in post (轮换), who then leaves the day before. A cadre in another team is refused.
 */
export function AddMemberModal({ team, replacing, onClose, onAdded }: AddMemberModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('cadreMode', form) ?? 'existing';
  const { run, saving, reset, errorAlert } = useFormSubmit(form, { mapField: cadreFieldPath(mode) });
  const [add] = useMutation(AddWorkTeamMemberMutation, { update: evictStationing });

  useEffect(() => {
    if (!team) return;
    reset();
    form.resetFields();
    form.setFieldsValue({
      cadreMode: 'existing',
      role: replacing?.role ?? 'MEMBER',
      startedOn: today(),
      replacesMemberId: replacing?.id,
    });
  }, [team, replacing, form, reset]);

  const submit = (v: Values) =>
    run(async () => {
      if (!team) return;
      const { data } = await add({
        variables: {
          input: {
            teamId: team.id,
            cadre: toCadreInput(v),
            role: v.role,
            startedOn: toDate(v.startedOn),
            replacesMemberId: v.replacesMemberId ?? null,
          },
        },
      });
      message.success(t.memberAdded(data?.addWorkTeamMember.cadre.name ?? ''));
      onAdded();
    });

  return (
    <Modal
      title={team ? (replacing ? t.rotateTitle(replacing.cadre.name) : t.addMemberTitle(team.name)) : t.addMember}
      open={team !== null}
      width={640}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.addMember}
      confirmLoading={saving}
      forceRender
    >
      {errorAlert}
      <Form<Values> form={form} layout="vertical" onFinish={submit}>
        <CadreFields />
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="role" label={t.role} rules={[{ required: true, message: t.roleRequired }]}>
              <Select options={enumOptions(TEAM_ROLES, teamRoleLabels)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="startedOn"
              label={t.startedOn}
              rules={[
                { required: true, message: t.startedOnRequired },
                notAfterToday(t.startedOnFuture),
                notBefore(team?.formedOn, t.startedBeforeFormed(team?.formedOn ?? '')),
              ]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="replacesMemberId" label={t.replaces} extra={t.replacesHint}>
          <Select
            allowClear
            placeholder={t.replacesNone}
            options={(team?.inPost ?? []).map((m) => ({
              value: m.id,
              label: `${m.cadre.name}（${labelOf(teamRoleLabels, m.role)}，${m.startedOn} 到岗）`,
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
