import {
  CONSTRUCTION_TYPES,
  constructionTypeLabels,
  enumOptions,
  INDUSTRIES,
  industryLabels,
  PROJECT_CATEGORIES,
  projectCategoryLabels,
  RegionCascader,
  type RegionTown,
} from '@hanbin/ui';
import {
  Alert,
  Button,
  Card,
  Col,
  type ColProps,
  DatePicker,
  Form,
  type FormItemProps,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
} from 'antd';
import { useState } from 'react';
import { commonText } from '../../../lib/locale';
import { useServerErrors } from '../../../lib/useServerErrors';
import { projectText as t } from '../locale';
import { emptyProject, type ProjectFormValues, projectFieldPath } from './projectFormValues';

const YEARS = [2021, 2022, 2023, 2024, 2025];

export interface ProjectFormProps {
  towns: readonly RegionTown[];
  initialValues?: Partial<ProjectFormValues>;
  submitText: string;
  /** Saves; a rejection with the API's error puts its messages under the fields. */
  onSubmit: (values: ProjectFormValues) => Promise<void>;
  onCancel: () => void;
  /** Reload after a CONFLICT (someone else saved first). */
  onReload?: () => void;
}

const max = (n: number) => ({ max: n, message: t.tooLong(n) });
const required = (message: string) => ({ required: true, message });
const nameRules = [
  { ...required(t.nameRequired), whitespace: true },
  { min: 2, max: 100, message: t.nameLength },
];
const HALF: ColProps = { xs: 24, lg: 12 };
const THIRD: ColProps = { xs: 12, lg: 8 };
const FULL: ColProps = { span: 24 };

type CountField = 'beneficiaryHouseholds' | 'beneficiaryPersons' | 'liftedHouseholds' | 'liftedPersons';

/** 受益户/人数, and the 脱贫 part of each, which cannot exceed it. */
const COUNTS: readonly { name: CountField; atMost?: CountField }[] = [
  { name: 'beneficiaryHouseholds' },
  { name: 'beneficiaryPersons' },
  { name: 'liftedHouseholds', atMost: 'beneficiaryHouseholds' },
  { name: 'liftedPersons', atMost: 'beneficiaryPersons' },
];

/** One form item in a grid column. */
function Field({ col, ...item }: FormItemProps<ProjectFormValues> & { col: ColProps }) {
  return (
    <Col {...col}>
      <Form.Item<ProjectFormValues> {...item} />
    </Col>
  );
}

/** Create/edit form for a project; rules mirror the server's, and the server's messages land at the field. */
export function ProjectForm({ towns, initialValues, submitText, onSubmit, onCancel, onReload }: ProjectFormProps) {
  const [form] = Form.useForm<ProjectFormValues>();
  const [submitting, setSubmitting] = useState(false);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const showError = useServerErrors(form, { mapField: projectFieldPath, onReload });

  const finish = async (values: ProjectFormValues) => {
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
    <Form<ProjectFormValues>
      form={form}
      layout="vertical"
      initialValues={{ ...emptyProject, ...initialValues }}
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
          <Field col={{ xs: 24, lg: 16 }} name="name" label={t.name} rules={nameRules}>
            <Input placeholder={t.namePlaceholder} count={{ show: true, max: 100 }} />
          </Field>
          <Field col={THIRD} name="year" label={t.year} rules={[required(t.yearRequired)]}>
            <Select options={YEARS.map((y) => ({ value: y, label: t.yearOption(y) }))} />
          </Field>
          <Field col={THIRD} name="category" label={t.category} rules={[required(t.categoryRequired)]}>
            <Select options={enumOptions(PROJECT_CATEGORIES, projectCategoryLabels)} />
          </Field>
          <Field col={THIRD} name="industry" label={t.industry}>
            <Select allowClear options={enumOptions(INDUSTRIES, industryLabels)} />
          </Field>
          <Field
            col={THIRD}
            name="constructionType"
            label={t.constructionType}
            rules={[required(t.constructionTypeRequired)]}
          >
            <Radio.Group options={enumOptions(CONSTRUCTION_TYPES, constructionTypeLabels)} />
          </Field>
          <Field
            col={HALF}
            name="region"
            label={t.region}
            rules={[{ required: true, type: 'array', min: 1, message: t.regionRequired }]}
          >
            <RegionCascader towns={towns} />
          </Field>
          <Field
            col={HALF}
            name="responsibleUnit"
            label={t.responsibleUnit}
            rules={[{ ...required(t.responsibleUnitRequired), whitespace: true }, max(100)]}
          >
            <Input />
          </Field>
          <Field col={HALF} name="planned" label={t.planned}>
            <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
          </Field>
          <Field col={HALF} name="approvalDocNo" label={t.approvalDocNo} rules={[max(100)]}>
            <Input />
          </Field>
          <Field col={FULL} name="tasks" label={t.tasks} rules={[max(2000)]}>
            <Input.TextArea rows={3} showCount maxLength={2000} />
          </Field>
        </Row>
      </Card>
      <Card title={t.beneficiaries} size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          {COUNTS.map(({ name, atMost }) => (
            <Field
              key={name}
              col={{ xs: 12, lg: 6 }}
              name={name}
              label={t[name]}
              dependencies={atMost ? [atMost] : undefined}
              rules={atMost ? [notMoreThan(atMost)] : undefined}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Field>
          ))}
          <Field col={FULL} name="benefitMechanism" label={t.benefitMechanism} rules={[max(1000)]}>
            <Input.TextArea rows={2} showCount maxLength={1000} />
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

function notMoreThan(other: keyof ProjectFormValues) {
  return ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
    validator(_: unknown, value: number | null | undefined) {
      const limit = getFieldValue(other) as number | null | undefined;
      if (value == null || limit == null || value <= limit) return Promise.resolve();
      return Promise.reject(new Error(t.liftedExceeds));
    },
  });
}
