import {
  enumOptions,
  INDUSTRIES,
  industryLabels,
  OPERATOR_KINDS,
  operatorKindLabels,
  PARK_LEVELS,
  parkLevelLabels,
  type RegionTown,
} from '@hanbin/ui';
import {
  Alert,
  Button,
  Card,
  Col,
  type ColProps,
  Form,
  type FormItemProps,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
} from 'antd';
import { useEffect, useState } from 'react';
import { nonNegativeMoneyRule } from '../../../lib/formRules';
import { commonText } from '../../../lib/locale';
import { useServerErrors } from '../../../lib/useServerErrors';
import { industryText as t } from '../locale';
import { AREA_INPUT, MAX_VILLAGES, type ParkFormValues, parkFieldPath } from './parkFormValues';

const thisYear = new Date().getFullYear();

export interface ParkFormProps {
  /** Towns with their villages the viewer may pick (a town clerk: her own). */
  towns: readonly RegionTown[];
  initialValues?: Partial<ParkFormValues>;
  /** Editing: a park stays in its town. */
  townLocked?: boolean;
  submitText: string;
  /** Saves; a rejection with the API's error puts its messages under the fields. */
  onSubmit: (values: ParkFormValues) => Promise<void>;
  onCancel: () => void;
  /** Reload after a CONFLICT (someone else saved first). */
  onReload?: () => void;
}

const HALF: ColProps = { xs: 24, lg: 12 };
const THIRD: ColProps = { xs: 12, lg: 8 };

/** One form item in a grid column. */
function Field({ col, ...item }: FormItemProps<ParkFormValues> & { col: ColProps }) {
  return (
    <Col {...col}>
      <Form.Item<ParkFormValues> {...item} />
    </Col>
  );
}

const required = (message: string) => ({ required: true, message });

/**
 * 新建 / 编辑园区: rules mirror the API's; the villages offered are those of the chosen town; area and
 * money are typed and sent as decimal strings. The API's field messages land under their fields.
 */
export function ParkForm({
  towns,
  initialValues,
  townLocked,
  submitText,
  onSubmit,
  onCancel,
  onReload,
}: ParkFormProps) {
  const [form] = Form.useForm<ParkFormValues>();
  const [submitting, setSubmitting] = useState(false);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const showError = useServerErrors(form, { mapField: parkFieldPath, onReload });
  const townCode = Form.useWatch('townCode', form) ?? initialValues?.townCode;
  const villageCode = Form.useWatch('villageCode', form);
  const villages = towns.find((town) => town.code === townCode)?.villages ?? [];
  const villageOptions = villages.map((v) => ({ value: v.code, label: v.name }));
  const onlyTown = towns.length === 1 ? towns[0].code : undefined;

  // A town clerk has one town: it is chosen for her once the towns have arrived.
  useEffect(() => {
    if (onlyTown && !form.getFieldValue('townCode')) form.setFieldValue('townCode', onlyTown);
  }, [onlyTown, form]);

  const finish = async (values: ParkFormValues) => {
    setSubmitting(true);
    setFormErrors([]);
    try {
      await onSubmit(values);
    } catch (e) {
      setFormErrors(showError(e).unmatched);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Form<ParkFormValues>
      form={form}
      layout="vertical"
      initialValues={{ otherVillages: [], ...initialValues }}
      onFinish={finish}
      scrollToFirstError
    >
      {formErrors.length > 0 ? (
        <Alert
          type="error"
          showIcon
          title={t.otherErrors}
          description={formErrors.join('；')}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Card title={t.sectionBasic} size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Field
            col={HALF}
            name="name"
            label={t.name}
            rules={[
              { ...required(t.nameRequired), whitespace: true },
              { min: 2, max: 100, message: t.nameLength },
            ]}
          >
            <Input placeholder={t.namePlaceholder} count={{ show: true, max: 100 }} />
          </Field>
          <Field col={{ xs: 12, lg: 6 }} name="level" label={t.level} rules={[required(t.levelRequired)]}>
            <Select options={enumOptions(PARK_LEVELS, parkLevelLabels)} />
          </Field>
          <Field col={{ xs: 12, lg: 6 }} name="industry" label={t.industry} rules={[required(t.industryRequired)]}>
            <Select options={enumOptions(INDUSTRIES, industryLabels)} />
          </Field>
          <Field
            col={HALF}
            name="operatorName"
            label={t.operatorName}
            rules={[
              { ...required(t.operatorNameRequired), whitespace: true },
              { min: 2, max: 100, message: t.operatorNameLength },
            ]}
          >
            <Input maxLength={100} />
          </Field>
          <Field
            col={{ xs: 12, lg: 6 }}
            name="operatorKind"
            label={t.operatorKind}
            rules={[required(t.operatorKindRequired)]}
          >
            <Select options={enumOptions(OPERATOR_KINDS, operatorKindLabels)} />
          </Field>
          <Field
            col={{ xs: 12, lg: 6 }}
            name="establishedYear"
            label={t.establishedYear}
            rules={[
              required(t.establishedYearRequired),
              { type: 'number', min: 2000, max: thisYear, message: t.establishedYearRange(thisYear) },
            ]}
          >
            <InputNumber precision={0} style={{ width: '100%' }} />
          </Field>
        </Row>
      </Card>
      <Card title={t.sectionPlace} size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Field
            col={THIRD}
            name="townCode"
            label={t.town}
            rules={[required(t.townRequired)]}
            extra={townLocked ? t.townFixed : undefined}
          >
            <Select
              disabled={townLocked}
              showSearch={{ optionFilterProp: 'label' }}
              options={towns.map((town) => ({ value: town.code, label: town.name }))}
              // Villages of another town would be refused: they go with the town.
              onChange={() => form.setFieldsValue({ villageCode: undefined, otherVillages: [] })}
            />
          </Field>
          <Field
            col={THIRD}
            name="villageCode"
            label={t.village}
            rules={[required(t.villageRequired)]}
            extra={townCode ? undefined : t.chooseTownFirst}
          >
            <Select
              disabled={!townCode}
              showSearch={{ optionFilterProp: 'label' }}
              options={villageOptions}
              onChange={(code: string) =>
                form.setFieldValue(
                  'otherVillages',
                  (form.getFieldValue('otherVillages') as string[] | undefined)?.filter((c) => c !== code) ?? [],
                )
              }
            />
          </Field>
          <Field
            col={THIRD}
            name="otherVillages"
            label={t.otherVillages}
            extra={t.villagesHint}
            rules={[{ type: 'array', max: MAX_VILLAGES - 1, message: t.tooManyVillages }]}
          >
            <Select
              mode="multiple"
              disabled={!townCode}
              maxTagCount="responsive"
              showSearch={{ optionFilterProp: 'label' }}
              options={villageOptions.filter((o) => o.value !== villageCode)}
            />
          </Field>
        </Row>
      </Card>
      <Card title={t.sectionScale} size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Field
            col={{ xs: 12, lg: 6 }}
            name="areaMu"
            label={t.areaMu}
            rules={[
              {
                validator: (_, v: string | undefined) =>
                  !v || AREA_INPUT.test(v.replace(/[,\s，]/g, ''))
                    ? Promise.resolve()
                    : Promise.reject(new Error(t.areaFormat)),
              },
            ]}
          >
            <Input inputMode="decimal" autoComplete="off" placeholder="0" />
          </Field>
          <Field
            col={{ xs: 24, lg: 6 }}
            name="investment"
            label={t.investment}
            extra={t.investmentExtra}
            rules={[required(t.moneyRequired), nonNegativeMoneyRule(t.investmentFormat)]}
          >
            <Input inputMode="decimal" autoComplete="off" placeholder="0.00" />
          </Field>
          <Field col={{ xs: 12, lg: 6 }} name="jobs" label={t.jobs} rules={[required(t.jobsRequired)]}>
            <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
          </Field>
        </Row>
      </Card>
      <Space>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {submitText}
        </Button>
        <Button onClick={onCancel}>{commonText.cancel}</Button>
      </Space>
    </Form>
  );
}
