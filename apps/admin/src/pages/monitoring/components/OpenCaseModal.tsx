import { useMutation } from '@apollo/client/react';
import {
  DISCOVERY_CHANNELS,
  discoveryChannelLabels,
  enumOptions,
  MONITORING_TYPES,
  monitoringTypeLabels,
  RISK_KINDS,
  riskKindLabels,
} from '@hanbin/ui';
import { Alert, App, Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { DiscoveryChannel, MonitoringType, RiskKind } from '../../../gql/graphql';
import { useServerErrors } from '../../../lib/useServerErrors';
import { monitoringText as t } from '../locale';
import { OpenMonitoringCaseMutation } from '../monitoring.graphql';

export interface OpenCaseValues {
  type: MonitoringType;
  channel: DiscoveryChannel;
  riskKinds: RiskKind[];
  reason: string;
  greenChannel?: boolean;
  discoveredOn: Dayjs;
  note?: string;
}

export interface OpenCaseModalProps {
  /** The household to open a case for; null keeps the dialog closed. */
  household: { id: string; headName: string } | null;
  /** Prefilled values, e.g. 平台监测分析 from an income warning. */
  defaults?: Partial<OpenCaseValues>;
  onClose: () => void;
}

/** 发起监测 (建档): records the risk alert, the first step; then opens the new case. */
export function OpenCaseModal({ household, defaults, onClose }: OpenCaseModalProps) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<OpenCaseValues>();
  const [errors, setErrors] = useState<string[]>([]);
  const type = Form.useWatch('type', form);
  const [open, { loading }] = useMutation(OpenMonitoringCaseMutation, {
    // Lists, the board and the warnings all change with a new case.
    update: (cache) => {
      for (const fieldName of ['monitoringCases', 'monitoringBoard', 'monitoringWarnings', 'households', 'household']) {
        cache.evict({ fieldName });
      }
      cache.gc();
    },
  });
  const showError = useServerErrors(form);

  useEffect(() => {
    if (!household) return;
    setErrors([]);
    form.resetFields();
    form.setFieldsValue({ discoveredOn: dayjs(), riskKinds: [], ...defaults });
  }, [household, defaults, form]);

  const submit = async (v: OpenCaseValues) => {
    if (!household) return;
    setErrors([]);
    try {
      const { data } = await open({
        variables: {
          input: {
            householdId: household.id,
            type: v.type,
            channel: v.channel,
            riskKinds: v.riskKinds,
            reason: v.reason.trim(),
            greenChannel: v.type === 'SUDDEN_HARDSHIP' ? Boolean(v.greenChannel) : false,
            discoveredOn: v.discoveredOn.format('YYYY-MM-DD'),
            note: v.note?.trim() || null,
          },
        },
      });
      if (!data) return;
      message.success(t.caseOpened(data.openMonitoringCase.code));
      navigate(`/monitoring/cases/${data.openMonitoringCase.id}`);
    } catch (e) {
      setErrors(showError(e).unmatched);
    }
  };

  return (
    <Modal
      title={household ? t.openCaseTitle(household.headName) : t.openCase}
      open={household !== null}
      width={640}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.openCase}
      confirmLoading={loading}
      forceRender
    >
      {errors.length > 0 ? (
        <Alert type="error" showIcon title={errors.join('；')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<OpenCaseValues> form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="type" label={t.type} rules={[{ required: true, message: t.typeRequired }]}>
          <Select options={enumOptions(MONITORING_TYPES, monitoringTypeLabels)} />
        </Form.Item>
        {type === 'SUDDEN_HARDSHIP' ? (
          <Form.Item name="greenChannel" valuePropName="checked" extra={t.greenChannelHint}>
            <Checkbox>{t.greenChannel}</Checkbox>
          </Form.Item>
        ) : null}
        <Form.Item name="channel" label={t.channel} rules={[{ required: true, message: t.channelRequired }]}>
          <Select options={enumOptions(DISCOVERY_CHANNELS, discoveryChannelLabels)} />
        </Form.Item>
        <Form.Item
          name="riskKinds"
          label={t.riskKinds}
          rules={[
            { required: true, type: 'array', min: 1, message: t.riskKindsRequired },
            { type: 'array', max: 5, message: t.riskKindsMax },
          ]}
        >
          <Select mode="multiple" options={enumOptions(RISK_KINDS, riskKindLabels)} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t.reason}
          rules={[
            { required: true, whitespace: true, message: t.reasonRule },
            { min: 4, max: 500, message: t.reasonRule },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t.reasonPlaceholder} />
        </Form.Item>
        <Form.Item
          name="discoveredOn"
          label={t.discoveredOn}
          rules={[{ required: true, message: t.discoveredOnRequired }]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="note" label={t.openCaseNote} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
