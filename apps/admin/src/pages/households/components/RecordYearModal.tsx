import { useMutation } from '@apollo/client/react';
import { Alert, App, Col, Form, Input, InputNumber, Modal, Row, Select, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { HouseholdYearRowFragment as Year } from '../../../gql/graphql';
import { nonNegativeMoneyRule, toMoney } from '../../../lib/formRules';
import { toNamePath } from '../../../lib/serverErrors';
import { useServerErrors } from '../../../lib/useServerErrors';
import { RecordHouseholdYearMutation } from '../households.graphql';
import { householdText as t } from '../locale';
import { GUARANTEES } from './YearsTable';

const AMOUNTS = ['wageIncome', 'operatingIncome', 'propertyIncome', 'transferIncome', 'compliantExpenses'] as const;
type Amount = (typeof AMOUNTS)[number];

type Values = Record<Amount, string> &
  Record<(typeof GUARANTEES)[number], boolean> & {
    year: number;
    memberCount?: number | null;
  };

export interface RecordYearModalProps {
  householdId: string;
  /** `'new'` for a year not yet recorded, a year to correct it, null closed. */
  target: Year | 'new' | null;
  /** Years already recorded: picking one of them corrects it (with its version). */
  years: readonly Year[];
  onClose: () => void;
  onSaved: () => void;
}

const firstYear = 2016;
const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: thisYear - firstYear + 1 }, (_, i) => thisYear - i);

/** 登记年度收入: amounts are typed and sent as decimal strings, never as floats. */
export function RecordYearModal({ householdId, target, years, onClose, onSaved }: RecordYearModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [record, { loading }] = useMutation(RecordHouseholdYearMutation);
  const showError = useServerErrors(form, {
    mapField: (f) => toNamePath(f.replace(/^input\./, '')),
    onReload: onSaved,
  });
  const year = Form.useWatch('year', form);
  const existing = years.find((y) => y.year === year);

  useEffect(() => {
    if (target === null) return;
    setErrors([]);
    form.resetFields();
    const from = target === 'new' ? undefined : target;
    form.setFieldsValue(
      from
        ? {
            year: from.year,
            memberCount: from.memberCount,
            ...Object.fromEntries(AMOUNTS.map((a) => [a, from[a]])),
            ...Object.fromEntries(GUARANTEES.map((g) => [g, from[g]])),
          }
        : {
            year: YEARS.find((y) => !years.some((r) => r.year === y)) ?? thisYear,
            ...Object.fromEntries(GUARANTEES.map((g) => [g, true])),
          },
    );
  }, [target, years, form]);

  const submit = async (v: Values) => {
    setErrors([]);
    try {
      await record({
        variables: {
          input: {
            householdId,
            year: v.year,
            wageIncome: toMoney(v.wageIncome),
            operatingIncome: toMoney(v.operatingIncome),
            propertyIncome: toMoney(v.propertyIncome),
            transferIncome: toMoney(v.transferIncome),
            compliantExpenses: toMoney(v.compliantExpenses),
            memberCount: v.memberCount ?? null,
            foodClothingSecure: v.foodClothingSecure,
            educationSecure: v.educationSecure,
            medicalSecure: v.medicalSecure,
            housingSecure: v.housingSecure,
            waterSecure: v.waterSecure,
            version: existing?.version ?? null,
          },
        },
      });
      message.success(t.yearSaved(v.year));
      onSaved();
    } catch (e) {
      setErrors(showError(e).unmatched);
    }
  };

  return (
    <Modal
      title={existing ? t.correctYearTitle(existing.year) : t.recordYearTitle}
      open={target !== null}
      width={720}
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
            <Form.Item name="year" label={t.year} rules={[{ required: true, message: t.yearRequired }]}>
              <Select options={YEARS.map((y) => ({ value: y, label: t.yearOption(y) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="memberCount" label={t.yearMemberCount} extra={t.yearMemberCountExtra}>
              <InputNumber min={1} max={30} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {AMOUNTS.map((a) => (
            <Col span={12} key={a}>
              <Form.Item
                name={a}
                label={t[a]}
                rules={[{ required: true, message: t.moneyRequired }, nonNegativeMoneyRule(t.moneyFormat)]}
              >
                <Input inputMode="decimal" autoComplete="off" placeholder="0.00" />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Typography.Paragraph type="secondary">{t.netIncomeHint}</Typography.Paragraph>
        <Row gutter={16}>
          {GUARANTEES.map((g) => (
            <Col span={8} key={g}>
              <Form.Item name={g} label={t[g]} valuePropName="checked">
                <Switch checkedChildren={t.secure} unCheckedChildren={t.insecure} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
    </Modal>
  );
}
