import {
  EDUCATIONS,
  educationLabels,
  enumOptions,
  HEALTH_STATUSES,
  healthStatusLabels,
  LABOUR_SKILLS,
  labourSkillLabels,
  RELATIONS,
  relationLabels,
  WORK_STATUSES,
  workStatusLabels,
} from '@hanbin/ui';
import { Checkbox, Col, Form, Input, Row, Select, Space } from 'antd';
import { idNumberRule } from '../../../lib/idNumberRule';
import { householdText as t } from '../locale';
import { PERSON_NAME } from './personFormValues';

export interface PersonFieldsProps {
  /** Name path the fields sit under (`['head']` in 新建农户), or none. */
  prefix?: string[];
  /** Ask 与户主关系 (not for the head, who is the head). */
  withRelation?: boolean;
  /** Offer 健康状况 (a sensitive field: only for viewers with health:read). */
  withHealth?: boolean;
}

const HALF = { xs: 24, md: 12 };
const THIRD = { xs: 24, md: 8 };

/** A family member's fields; the ID number is checked (length, birth date, check digit) before sending. */
export function PersonFields({ prefix = [], withRelation = false, withHealth = true }: PersonFieldsProps) {
  const name = (field: string) => [...prefix, field];
  return (
    <Row gutter={16}>
      <Col {...HALF}>
        <Form.Item
          name={name('name')}
          label={t.name}
          rules={[
            { required: true, whitespace: true, message: t.nameRequired },
            { pattern: PERSON_NAME, message: t.nameRule },
          ]}
        >
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col {...HALF}>
        <Form.Item
          name={name('idNumber')}
          label={t.idNumber}
          extra={t.idNumberExtra}
          rules={[{ required: true, message: t.idNumberRequired }, idNumberRule()]}
        >
          <Input maxLength={22} autoComplete="off" />
        </Form.Item>
      </Col>
      {withRelation ? (
        <Col {...THIRD}>
          <Form.Item
            name={name('relation')}
            label={t.relation}
            rules={[{ required: true, message: t.relationRequired }]}
          >
            <Select
              options={enumOptions(
                RELATIONS.filter((r) => r !== 'HEAD'),
                relationLabels,
              )}
            />
          </Form.Item>
        </Col>
      ) : null}
      <Col {...THIRD}>
        <Form.Item
          name={name('education')}
          label={t.education}
          rules={[{ required: true, message: t.educationRequired }]}
        >
          <Select options={enumOptions(EDUCATIONS, educationLabels)} />
        </Form.Item>
      </Col>
      <Col {...THIRD}>
        <Form.Item
          name={name('labourSkill')}
          label={t.labourSkill}
          rules={[{ required: true, message: t.labourSkillRequired }]}
        >
          <Select options={enumOptions(LABOUR_SKILLS, labourSkillLabels)} />
        </Form.Item>
      </Col>
      <Col {...THIRD}>
        <Form.Item
          name={name('workStatus')}
          label={t.workStatus}
          rules={[{ required: true, message: t.workStatusRequired }]}
        >
          <Select options={enumOptions(WORK_STATUSES, workStatusLabels)} />
        </Form.Item>
      </Col>
      <Col {...THIRD}>
        <Form.Item name={name('workPlace')} label={t.workPlace} rules={[{ max: 100, message: t.tooLong(100) }]}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      {withHealth ? (
        <Col {...THIRD}>
          <Form.Item name={name('health')} label={t.health}>
            <Select allowClear options={enumOptions(HEALTH_STATUSES, healthStatusLabels)} />
          </Form.Item>
        </Col>
      ) : null}
      <Col span={24}>
        <Form.Item label={t.insurance}>
          <Space wrap>
            <Form.Item name={name('medicalInsured')} valuePropName="checked" noStyle>
              <Checkbox>{t.medicalInsured}</Checkbox>
            </Form.Item>
            <Form.Item name={name('pensionInsured')} valuePropName="checked" noStyle>
              <Checkbox>{t.pensionInsured}</Checkbox>
            </Form.Item>
            <Form.Item name={name('familyDoctor')} valuePropName="checked" noStyle>
              <Checkbox>{t.familyDoctor}</Checkbox>
            </Form.Item>
          </Space>
        </Form.Item>
      </Col>
    </Row>
  );
}
