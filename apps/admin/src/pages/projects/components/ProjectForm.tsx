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
import { Alert, Button, Card, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Space } from 'antd';
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
const count = { min: 0, precision: 0, style: { width: '100%' } } as const;

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
          <Col xs={24} lg={16}>
            <Form.Item
              name="name"
              label={t.name}
              rules={[
                { required: true, whitespace: true, message: t.nameRequired },
                { min: 2, max: 100, message: t.nameLength },
              ]}
            >
              <Input placeholder={t.namePlaceholder} count={{ show: true, max: 100 }} />
            </Form.Item>
          </Col>
          <Col xs={12} lg={8}>
            <Form.Item name="year" label={t.year} rules={[{ required: true, message: t.yearRequired }]}>
              <Select options={YEARS.map((y) => ({ value: y, label: t.yearOption(y) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} lg={8}>
            <Form.Item name="category" label={t.category} rules={[{ required: true, message: t.categoryRequired }]}>
              <Select options={enumOptions(PROJECT_CATEGORIES, projectCategoryLabels)} />
            </Form.Item>
          </Col>
          <Col xs={12} lg={8}>
            <Form.Item name="industry" label={t.industry}>
              <Select allowClear options={enumOptions(INDUSTRIES, industryLabels)} />
            </Form.Item>
          </Col>
          <Col xs={12} lg={8}>
            <Form.Item
              name="constructionType"
              label={t.constructionType}
              rules={[{ required: true, message: t.constructionTypeRequired }]}
            >
              <Radio.Group options={enumOptions(CONSTRUCTION_TYPES, constructionTypeLabels)} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item
              name="region"
              label={t.region}
              rules={[{ required: true, type: 'array', min: 1, message: t.regionRequired }]}
            >
              <RegionCascader towns={towns} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item
              name="responsibleUnit"
              label={t.responsibleUnit}
              rules={[{ required: true, whitespace: true, message: t.responsibleUnitRequired }, max(100)]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item name="planned" label={t.planned}>
              <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item name="approvalDocNo" label={t.approvalDocNo} rules={[max(100)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="tasks" label={t.tasks} rules={[max(2000)]}>
              <Input.TextArea rows={3} showCount maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={t.beneficiaries} size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={12} lg={6}>
            <Form.Item name="beneficiaryHouseholds" label={t.beneficiaryHouseholds}>
              <InputNumber {...count} />
            </Form.Item>
          </Col>
          <Col xs={12} lg={6}>
            <Form.Item name="beneficiaryPersons" label={t.beneficiaryPersons}>
              <InputNumber {...count} />
            </Form.Item>
          </Col>
          <Col xs={12} lg={6}>
            <Form.Item
              name="liftedHouseholds"
              label={t.liftedHouseholds}
              dependencies={['beneficiaryHouseholds']}
              rules={[notMoreThan('beneficiaryHouseholds')]}
            >
              <InputNumber {...count} />
            </Form.Item>
          </Col>
          <Col xs={12} lg={6}>
            <Form.Item
              name="liftedPersons"
              label={t.liftedPersons}
              dependencies={['beneficiaryPersons']}
              rules={[notMoreThan('beneficiaryPersons')]}
            >
              <InputNumber {...count} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="benefitMechanism" label={t.benefitMechanism} rules={[max(1000)]}>
              <Input.TextArea rows={2} showCount maxLength={1000} />
            </Form.Item>
          </Col>
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
