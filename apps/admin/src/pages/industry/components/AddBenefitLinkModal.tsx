import { useMutation } from '@apollo/client/react';
import { BENEFIT_LINK_MODES, benefitLinkModeLabels, enumOptions } from '@hanbin/ui';
import { Alert, App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { BenefitLinkMode } from '../../../gql/graphql';
import { nonNegativeMoneyRule, toMoney } from '../../../lib/formRules';
import { useServerErrors } from '../../../lib/useServerErrors';
import { AddBenefitLinkMutation } from '../industry.graphql';
import { industryText as t } from '../locale';
import { HouseholdPicker } from './HouseholdPicker';

interface Values {
  householdId: string;
  mode: BenefitLinkMode;
  year: number;
  incomeGained: string;
  note?: string;
}

export interface AddBenefitLinkModalProps {
  /** The park to link a household to; null keeps the dialog closed. */
  park: { id: string; name: string; townCode: string } | null;
  onClose: () => void;
  onAdded: () => void;
}

const thisYear = new Date().getFullYear();
// The transition period starts in 2021; a link is never for a year still to come.
const YEARS = Array.from({ length: Math.max(1, thisYear - 2021 + 1) }, (_, i) => thisYear - i);

/** 新增带动农户: one household of the park's town, one mode, one year, the income it gained. */
export function AddBenefitLinkModal({ park, onClose, onAdded }: AddBenefitLinkModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [headName, setHeadName] = useState('');
  const [add, { loading }] = useMutation(AddBenefitLinkMutation, {
    // The park's links, its counts and the overview all change.
    update: (cache) => {
      cache.evict({ fieldName: 'benefitLinks' });
      cache.evict({ fieldName: 'industrySummary' });
      cache.gc();
    },
  });
  const showError = useServerErrors(form);

  useEffect(() => {
    if (!park) return;
    setErrors([]);
    form.resetFields();
    form.setFieldsValue({ year: YEARS[0] });
  }, [park, form]);

  const submit = async (v: Values) => {
    if (!park) return;
    setErrors([]);
    try {
      await add({
        variables: {
          input: {
            parkId: park.id,
            householdId: v.householdId,
            mode: v.mode,
            year: v.year,
            incomeGained: toMoney(v.incomeGained),
            note: v.note?.trim() || null,
          },
        },
      });
      message.success(t.linkAdded(headName));
      onAdded();
    } catch (e) {
      setErrors(showError(e).unmatched);
    }
  };

  return (
    <Modal
      title={park ? t.addLinkTitle(park.name) : t.addLink}
      open={park !== null}
      width={640}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.addLink}
      confirmLoading={loading}
      forceRender
    >
      {errors.length > 0 ? (
        <Alert type="error" showIcon title={errors.join('；')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<Values> form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="householdId"
          label={t.householdPick}
          rules={[{ required: true, message: t.householdRequired }]}
        >
          {park ? (
            <HouseholdPicker townCode={park.townCode} onChange={(_, h) => setHeadName(h?.headName ?? '')} />
          ) : (
            <Select disabled />
          )}
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="mode" label={t.mode} rules={[{ required: true, message: t.modeRequired }]}>
              <Select options={enumOptions(BENEFIT_LINK_MODES, benefitLinkModeLabels)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="year" label={t.linkYear} rules={[{ required: true, message: t.yearRequired }]}>
              <Select options={YEARS.map((y) => ({ value: y, label: t.yearOption(y) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="incomeGained"
          label={t.linkIncome}
          rules={[{ required: true, message: t.linkIncomeRequired }, nonNegativeMoneyRule(t.moneyFormat)]}
        >
          <Input inputMode="decimal" autoComplete="off" placeholder="0.00" />
        </Form.Item>
        <Form.Item name="note" label={t.note} rules={[{ max: 200, message: t.tooLong(200) }]}>
          <Input.TextArea rows={2} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
