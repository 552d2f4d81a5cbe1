import { useMutation } from '@apollo/client/react';
import { Alert, App, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { ParkYearRowFragment as Year } from '../../../gql/graphql';
import { nonNegativeMoneyRule, toMoney } from '../../../lib/formRules';
import { useServerErrors } from '../../../lib/useServerErrors';
import { RecordParkYearMutation } from '../industry.graphql';
import { industryText as t } from '../locale';

interface Values {
  year: number;
  outputValue: string;
  dividends: string;
  liftedJobs: number;
}

export interface RecordParkYearModalProps {
  parkId: string;
  /** Years go back to the park's founding (not before 2000, as the API allows). */
  establishedYear: number;
  /** `'new'` for a year not yet recorded, a year to correct it, null closed. */
  target: Year | 'new' | null;
  /** Years already recorded: picking one of them corrects it (with its version). */
  years: readonly Year[];
  onClose: () => void;
  onSaved: () => void;
}

const thisYear = new Date().getFullYear();

/** 登记年度情况: 产值 and 分红 typed and sent as decimal strings; an existing year is corrected with its version. */
export function RecordParkYearModal({
  parkId,
  establishedYear,
  target,
  years,
  onClose,
  onSaved,
}: RecordParkYearModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [record, { loading }] = useMutation(RecordParkYearMutation);
  const showError = useServerErrors(form, { onReload: onSaved });
  const first = Math.min(thisYear, Math.max(2000, establishedYear));
  const options = useMemo(() => Array.from({ length: thisYear - first + 1 }, (_, i) => thisYear - i), [first]);
  const year = Form.useWatch('year', form);
  // Until the form has its values, the year being corrected is the one asked for.
  const existing = years.find((y) => y.year === (year ?? (target !== 'new' ? target?.year : undefined)));

  useEffect(() => {
    if (target === null) return;
    setErrors([]);
    form.resetFields();
    form.setFieldsValue(
      target === 'new'
        ? { year: options.find((y) => !years.some((r) => r.year === y)) ?? thisYear }
        : {
            year: target.year,
            outputValue: target.outputValue,
            dividends: target.dividends,
            liftedJobs: target.liftedJobs,
          },
    );
  }, [target, years, options, form]);

  const submit = async (v: Values) => {
    setErrors([]);
    try {
      await record({
        variables: {
          input: {
            parkId,
            year: v.year,
            outputValue: toMoney(v.outputValue),
            dividends: toMoney(v.dividends),
            liftedJobs: v.liftedJobs,
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
      width={560}
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
              <Select options={options.map((y) => ({ value: y, label: t.yearOption(y) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="liftedJobs"
              label={t.liftedJobs}
              rules={[{ required: true, message: t.liftedJobsRequired }]}
            >
              <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="outputValue"
              label={t.outputValue}
              rules={[{ required: true, message: t.moneyRequired }, nonNegativeMoneyRule(t.moneyFormat)]}
            >
              <Input inputMode="decimal" autoComplete="off" placeholder="0.00" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="dividends"
              label={t.dividends}
              rules={[{ required: true, message: t.moneyRequired }, nonNegativeMoneyRule(t.moneyFormat)]}
            >
              <Input inputMode="decimal" autoComplete="off" placeholder="0.00" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
