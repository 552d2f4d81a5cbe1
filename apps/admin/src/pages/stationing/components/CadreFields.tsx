import { Col, Form, Input, Radio, Row } from 'antd';
import { stationingText as t } from '../locale';
import { CadrePicker } from './CadrePicker';
import { CADRE_NAME, type CadreMode } from './cadreValues';
import { UnitSelect } from './UnitSelect';

/**
 * Who takes up the post: a registered cadre found by name, or a new one with name, dispatching unit
 * and post. Only the fields of the chosen way are in the form, so an API message lands on one of them.
 */
export function CadreFields() {
  const mode: CadreMode = Form.useWatch('cadreMode') ?? 'existing';
  return (
    <>
      <Form.Item name="cadreMode" label={t.cadreSource} extra={t.cadreHint}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'existing', label: t.cadreExisting },
            { value: 'new', label: t.cadreNew },
          ]}
        />
      </Form.Item>
      {mode === 'existing' ? (
        <Form.Item name="cadreId" label={t.cadrePick} rules={[{ required: true, message: t.cadreRequired }]}>
          <CadrePicker />
        </Form.Item>
      ) : (
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="name"
              label={t.cadreNewName}
              rules={[
                { required: true, whitespace: true, message: t.cadreNewNameRequired },
                { pattern: CADRE_NAME, message: t.cadreNewNameFormat },
              ]}
            >
              <Input maxLength={50} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="unitId" label={t.unit} rules={[{ required: true, message: t.cadreUnitRequired }]}>
              <UnitSelect placeholder={t.unit} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="title" label={t.cadreTitle} rules={[{ max: 50, message: t.cadreTitleLength }]}>
              <Input maxLength={50} placeholder={t.cadreTitlePlaceholder} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
      )}
    </>
  );
}
