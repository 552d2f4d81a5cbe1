import { useMutation } from '@apollo/client/react';
import { ELIMINATION_METHODS, eliminationMethodLabels, enumOptions, labelOf, MoneyText } from '@hanbin/ui';
import { Alert, App, Button, Col, DatePicker, Descriptions, Form, Input, Radio, Row, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { EliminationMethod } from '../../../gql/graphql';
import { keepEnterFromSubmitting } from '../../../lib/formRules';
import { commonText } from '../../../lib/locale';
import { readServerError } from '../../../lib/serverErrors';
import { useServerErrors } from '../../../lib/useServerErrors';
import type { CaseDetail } from '../caseTypes';
import { monitoringText as t } from '../locale';
import { EliminateRiskMutation } from '../monitoring.graphql';

interface Values {
  method: EliminationMethod;
  eliminatedOn: Dayjs;
  incomeYear: number;
  note?: string;
}

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => thisYear - i);

/** What the API lists as unmet when it refuses (CONDITIONS_NOT_MET), or null for any other refusal. */
export function unmetConditions(error: unknown): { message: string; unmet: string[] } | null {
  const info = readServerError(error);
  if (info.code !== 'CONFLICT' || info.reason !== 'CONDITIONS_NOT_MET') return null;
  const unmet = Array.isArray(info.extensions.unmet) ? info.extensions.unmet.map(String) : [];
  return { message: info.message, unmet };
}

/** The elimination as recorded (closed cases). */
function EliminationRecord({ e }: { e: NonNullable<CaseDetail['elimination']> }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'method', label: t.eliminationMethod, children: labelOf(eliminationMethodLabels, e.method) },
        { key: 'on', label: t.eliminatedOn, children: e.eliminatedOn },
        {
          key: 'basis',
          label: t.incomeYear,
          span: 2,
          children: (
            <Space>
              {`${e.incomeYear}年`}
              <span>
                人均纯收入 <MoneyText value={e.netIncomePerPerson} />
                ，监测线 <MoneyText value={e.monitoringLine} />
              </span>
            </Space>
          ),
        },
        { key: 'by', label: t.recordedBy, children: e.recordedBy },
        { key: 'note', label: t.eliminationNote, children: e.note || commonText.none },
      ]}
    />
  );
}

/**
 * 风险消除（销号）: for a case under assistance, the API checks the chosen year's figures (income above
 * the line, every guarantee met, a measure taken for 帮扶消除) and says what is missing if not.
 */
export function EliminationSection({
  monitoringCase: c,
  canWrite,
  onChanged,
}: {
  monitoringCase: CaseDetail;
  canWrite: boolean;
  onChanged: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [refusal, setRefusal] = useState<{ message: string; unmet: string[] } | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [eliminate, { loading }] = useMutation(EliminateRiskMutation);
  const showError = useServerErrors(form, { onReload: onChanged });

  if (c.elimination) return <EliminationRecord e={c.elimination} />;
  if (c.status !== 'MONITORING' || !canWrite) return null;

  const submit = async (v: Values) => {
    setRefusal(null);
    setErrors([]);
    try {
      await eliminate({
        variables: {
          input: {
            caseId: c.id,
            version: c.version,
            method: v.method,
            eliminatedOn: v.eliminatedOn.format('YYYY-MM-DD'),
            incomeYear: v.incomeYear,
            note: v.note?.trim() || null,
          },
        },
      });
      message.success(t.eliminated);
      onChanged();
    } catch (e) {
      const unmet = unmetConditions(e);
      if (unmet) setRefusal(unmet);
      else setErrors(showError(e).unmatched);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      onKeyDown={keepEnterFromSubmitting}
      initialValues={{ method: 'ASSISTANCE', eliminatedOn: dayjs(), incomeYear: thisYear - 1 }}
    >
      {refusal ? (
        <Alert
          type="error"
          showIcon
          data-testid="conditions-not-met"
          title={t.conditionsNotMet}
          description={
            refusal.unmet.length > 0 ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {refusal.unmet.map((u) => (
                  <li key={u}>{u}</li>
                ))}
              </ul>
            ) : (
              refusal.message
            )
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {errors.length > 0 ? (
        <Alert type="error" showIcon title={errors.join('；')} style={{ marginBottom: 16 }} />
      ) : null}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="method" label={t.eliminationMethod} rules={[{ required: true, message: t.methodRequired }]}>
            <Radio.Group optionType="button" options={enumOptions(ELIMINATION_METHODS, eliminationMethodLabels)} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="eliminatedOn" label={t.eliminatedOn} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            name="incomeYear"
            label={t.incomeYear}
            tooltip={t.incomeYearExtra}
            rules={[{ required: true, message: t.incomeYearRequired }]}
          >
            <Select options={YEARS.map((y) => ({ value: y, label: `${y}年` }))} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="note" label={t.eliminationNote} rules={[{ max: 1000 }]}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={loading}>
        {t.eliminate}
      </Button>
    </Form>
  );
}
