import { useMutation, useQuery } from '@apollo/client/react';
import { App, Col, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useScopedTowns } from '../../../auth/viewer';
import { TownsQuery } from '../../../lib/places.graphql';
import { supervisionText as t } from '../locale';
import { AssignSupervisionTaskMutation } from '../supervision.graphql';
import { DateItem } from './DateItem';
import { DAY } from './dates';
import { refreshSupervision, TaskFormModal, useTaskSubmit } from './TaskFormModal';

export interface AssignValues {
  townCode: string;
  villageCode?: string | null;
  finding: string;
  foundOn: Dayjs;
  assignedUnit: string;
  deadline: Dayjs;
}

const NO_TOWNS: never[] = [];

/** 交办 (清单交办): a finding of one town (and optionally one of its villages), a responsible unit, a deadline. */
export function AssignTaskModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<AssignValues>();
  const { errors, run, reset } = useTaskSubmit(form);
  const [assign, { loading }] = useMutation(AssignSupervisionTaskMutation, { update: refreshSupervision });
  const towns = useQuery(TownsQuery, { fetchPolicy: 'cache-first', skip: !open });
  const townOptions = useScopedTowns(towns.data?.towns ?? NO_TOWNS);
  const townCode = Form.useWatch('townCode', form);
  const villages = useMemo(() => townOptions.find((x) => x.code === townCode)?.villages ?? [], [townOptions, townCode]);

  useEffect(() => {
    if (!open) return;
    reset();
    form.resetFields();
    form.setFieldsValue({ foundOn: dayjs() });
  }, [open, form, reset]);

  const submit = (v: AssignValues) =>
    run(async () => {
      const { data } = await assign({
        variables: {
          input: {
            townCode: v.townCode,
            villageCode: v.villageCode ?? null,
            finding: v.finding.trim(),
            foundOn: v.foundOn.format(DAY),
            assignedUnit: v.assignedUnit.trim(),
            deadline: v.deadline.format(DAY),
          },
        },
      });
      if (!data) return;
      message.success(t.assigned(data.assignSupervisionTask.code));
      onClose();
    });

  return (
    <TaskFormModal<AssignValues>
      title={t.assignTitle}
      open={open}
      okText={t.assignOk}
      form={form}
      errors={errors}
      loading={loading}
      onCancel={onClose}
      onFinish={submit}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="townCode" label={t.town} rules={[{ required: true, message: t.townRequired }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={towns.loading}
              options={townOptions.map((x) => ({ value: x.code, label: x.name }))}
              onChange={() => form.setFieldValue('villageCode', null)}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="villageCode" label={t.village} extra={t.villageHint}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              disabled={!townCode}
              placeholder={townCode ? undefined : t.chooseTownFirst}
              options={villages.map((x) => ({ value: x.code, label: x.name }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="finding"
        label={t.finding}
        rules={[
          { required: true, whitespace: true, message: t.findingRule },
          { min: 4, max: 1000, message: t.findingRule },
        ]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t.findingPlaceholder} />
      </Form.Item>
      <Form.Item
        name="assignedUnit"
        label={t.assignedUnit}
        rules={[
          { required: true, whitespace: true, message: t.assignedUnitRule },
          { min: 2, max: 100, message: t.assignedUnitRule },
        ]}
      >
        <Input maxLength={100} placeholder={t.assignedUnitPlaceholder} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <DateItem name="foundOn" label={t.foundOn} requiredMessage={t.foundOnRequired} />
        </Col>
        <Col span={12}>
          <DateItem
            name="deadline"
            label={t.deadline}
            requiredMessage={t.deadlineRequired}
            earliest={{ date: (get) => get('foundOn') as Dayjs | undefined, message: t.deadlineBeforeFound }}
            dependsOn="foundOn"
            future
          />
        </Col>
      </Row>
    </TaskFormModal>
  );
}
