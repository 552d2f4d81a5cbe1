import { useMutation } from '@apollo/client/react';
import { Alert, App, Col, Form, Input, Modal, Radio, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { positiveMoneyRule, toMoney } from '../../../lib/formRules';
import { useIdempotencyKey } from '../../../lib/useIdempotencyKey';
import { useServerErrors } from '../../../lib/useServerErrors';
import { RecordEnterpriseInvestmentMutation } from '../industry.graphql';
import { industryText as t } from '../locale';
import type { EnterpriseRow } from './EnterpriseTable';
import { ParkPicker, ProjectPicker } from './InvestmentTargetPickers';

type TargetKind = 'none' | 'park' | 'project';

interface Values {
  year: number;
  amount: string;
  targetKind: TargetKind;
  parkId?: string;
  projectId?: string;
  description: string;
}

export interface RecordInvestmentModalProps {
  /** The enterprise that invests; null keeps the dialog closed. */
  enterprise: EnterpriseRow | null;
  /** Whether the viewer may pick a project (project:read). */
  withProjects: boolean;
  onClose: () => void;
  onRecorded: () => void;
}

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: Math.max(1, thisYear - 2021 + 1) }, (_, i) => thisYear - i);

/** The API's input field → the form's field. */
function fieldPath(field: string): (string | number)[] {
  return [field.replace(/^input\./, '')];
}

/** 登记投资: one amount of one year, into one park or one project (or neither), as a decimal string. */
export function RecordInvestmentModal({ enterprise, withProjects, onClose, onRecorded }: RecordInvestmentModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const idempotencyKey = useIdempotencyKey();
  const [errors, setErrors] = useState<string[]>([]);
  const targetKind = Form.useWatch('targetKind', form);
  const [record, { loading }] = useMutation(RecordEnterpriseInvestmentMutation);
  const showError = useServerErrors(form, { mapField: fieldPath });

  useEffect(() => {
    if (!enterprise) return;
    setErrors([]);
    idempotencyKey.renew();
    form.resetFields();
    form.setFieldsValue({ year: YEARS[0], targetKind: 'none' });
  }, [enterprise, form, idempotencyKey]);

  const submit = async (v: Values) => {
    if (!enterprise) return;
    setErrors([]);
    const parkId = v.targetKind === 'park' ? (v.parkId ?? null) : null;
    try {
      await record({
        // Totals, the summary and the investments of the park invested in all change.
        update: (cache) => {
          cache.evict({ fieldName: 'partnerEnterprises' });
          cache.evict({ fieldName: 'eastWestSummary' });
          if (parkId)
            cache.evict({ id: cache.identify({ __typename: 'IndustrialPark', id: parkId }), fieldName: 'investments' });
          cache.gc();
        },
        variables: {
          input: {
            enterpriseId: enterprise.id,
            year: v.year,
            amount: toMoney(v.amount),
            parkId,
            projectId: v.targetKind === 'project' ? (v.projectId ?? null) : null,
            description: v.description.trim(),
            idempotencyKey: idempotencyKey.current(),
          },
        },
      });
      message.success(t.investmentRecorded);
      idempotencyKey.renew();
      onRecorded();
    } catch (e) {
      setErrors(showError(e).unmatched);
    }
  };

  return (
    <Modal
      title={enterprise ? t.recordInvestmentTitle(enterprise.name) : t.recordInvestment}
      open={enterprise !== null}
      width={640}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={loading}
      forceRender
    >
      {errors.length > 0 ? (
        <Alert type="error" showIcon title={errors.join('；')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<Values> form={form} layout="vertical" onFinish={submit}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="year" label={t.year} rules={[{ required: true, message: t.investmentYearRequired }]}>
              <Select options={YEARS.map((y) => ({ value: y, label: t.yearOption(y) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="amount"
              label={t.amount}
              rules={[
                { required: true, message: t.investmentAmountRequired },
                positiveMoneyRule({ format: t.investmentAmountFormat }),
              ]}
            >
              <Input inputMode="decimal" autoComplete="off" placeholder="0.00" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="targetKind" label={t.targetKind}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'none', label: t.targetNone },
              { value: 'park', label: t.targetKindPark },
              ...(withProjects ? [{ value: 'project', label: t.targetKindProject }] : []),
            ]}
          />
        </Form.Item>
        {targetKind === 'park' ? (
          <Form.Item name="parkId" label={t.parkPick} rules={[{ required: true, message: t.parkRequired }]}>
            <ParkPicker />
          </Form.Item>
        ) : null}
        {targetKind === 'project' ? (
          <Form.Item name="projectId" label={t.projectPick} rules={[{ required: true, message: t.projectRequired }]}>
            <ProjectPicker />
          </Form.Item>
        ) : null}
        <Form.Item
          name="description"
          label={t.description}
          rules={[
            { required: true, whitespace: true, message: t.descriptionRule },
            { min: 2, max: 200, message: t.descriptionRule },
          ]}
        >
          <Input.TextArea rows={2} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
