import { useMutation } from '@apollo/client/react';
import { Alert, App, Col, Form, Input, InputNumber, Modal, Row } from 'antd';
import { useEffect, useState } from 'react';
import { useServerErrors } from '../../../lib/useServerErrors';
import { CreatePartnerEnterpriseMutation, UpdatePartnerEnterpriseMutation } from '../industry.graphql';
import { industryText as t } from '../locale';
import type { EnterpriseRow } from './EnterpriseTable';

export interface EnterpriseValues {
  name: string;
  origin: string;
  sector: string;
  settledYear: number;
  jobs: number;
  liftedJobs: number;
}

export interface EnterpriseFormModalProps {
  /** `'new'` to register one, an enterprise to edit it (with its version), null closed. */
  target: EnterpriseRow | 'new' | null;
  onClose: () => void;
  onSaved: () => void;
}

const thisYear = new Date().getFullYear();

/** 其中脱贫劳动力 cannot exceed 提供岗位 (the API's rule, checked before sending). */
export function liftedJobsRule({ getFieldValue }: { getFieldValue: (name: string) => unknown }) {
  return {
    validator(_: unknown, value: number | null | undefined) {
      const jobs = getFieldValue('jobs') as number | null | undefined;
      if (value == null || jobs == null || value <= jobs) return Promise.resolve();
      return Promise.reject(new Error(t.liftedJobsExceeds));
    },
  };
}

/** 新增 / 编辑协作企业 (district work). */
export function EnterpriseFormModal({ target, onClose, onSaved }: EnterpriseFormModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<EnterpriseValues>();
  const [errors, setErrors] = useState<string[]>([]);
  const [create, creating] = useMutation(CreatePartnerEnterpriseMutation, {
    update: (cache) => {
      cache.evict({ fieldName: 'partnerEnterprises' });
      cache.evict({ fieldName: 'eastWestSummary' });
      cache.gc();
    },
  });
  const [update, updating] = useMutation(UpdatePartnerEnterpriseMutation, {
    update: (cache) => cache.evict({ fieldName: 'eastWestSummary' }),
  });
  const showError = useServerErrors(form, { onReload: onSaved });
  const editing = target && target !== 'new' ? target : null;

  useEffect(() => {
    if (target === null) return;
    setErrors([]);
    form.resetFields();
    if (target !== 'new') {
      const { name, origin, sector, settledYear, jobs, liftedJobs } = target;
      form.setFieldsValue({ name, origin, sector, settledYear, jobs, liftedJobs });
    } else {
      form.setFieldsValue({ settledYear: thisYear, jobs: 0, liftedJobs: 0 });
    }
  }, [target, form]);

  const submit = async (v: EnterpriseValues) => {
    setErrors([]);
    const input = {
      name: v.name.trim(),
      origin: v.origin.trim(),
      sector: v.sector.trim(),
      settledYear: v.settledYear,
      jobs: v.jobs,
      liftedJobs: v.liftedJobs,
    };
    try {
      if (editing) {
        await update({ variables: { id: editing.id, input: { ...input, version: editing.version } } });
      } else {
        await create({ variables: { input } });
      }
      message.success(t.enterpriseSaved(input.name));
      onSaved();
    } catch (e) {
      setErrors(showError(e).unmatched);
    }
  };

  const text = (min: number, max: number, message: string) => [
    { required: true, whitespace: true, message },
    { min, max, message },
  ];

  return (
    <Modal
      title={editing ? t.editEnterpriseTitle(editing.name) : t.createEnterpriseTitle}
      open={target !== null}
      width={640}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={creating.loading || updating.loading}
      forceRender
    >
      {errors.length > 0 ? (
        <Alert type="error" showIcon title={errors.join('；')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<EnterpriseValues> form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="name" label={t.enterpriseName} rules={text(2, 100, t.enterpriseNameRule)}>
          <Input maxLength={100} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="origin" label={t.origin} rules={text(2, 50, t.originRule)}>
              <Input maxLength={50} placeholder={t.originPlaceholder} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="sector" label={t.sector} rules={text(2, 50, t.sectorRule)}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="settledYear"
              label={t.settledYear}
              rules={[
                { required: true, message: t.settledYearRequired },
                { type: 'number', min: 2000, max: thisYear, message: t.settledYearRange(thisYear) },
              ]}
            >
              <InputNumber precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="jobs" label={t.enterpriseJobs} rules={[{ required: true, message: t.jobsNonNegative }]}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="liftedJobs"
              label={t.enterpriseLiftedJobs}
              dependencies={['jobs']}
              rules={[{ required: true, message: t.jobsNonNegative }, liftedJobsRule]}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
