import { ID_NUMBER_SEARCH_HINT, normalizeIdNumber } from '@hanbin/ui';
import { Button, Form, Input, Space } from 'antd';
import { idNumberRule } from '../../../lib/idNumberRule';
import { commonText } from '../../../lib/locale';
import { householdText as t } from '../locale';

export interface IdNumberSearchProps {
  /** The number being searched, or null. */
  value: string | null;
  onSearch: (idNumber: string | null) => void;
}

/**
 * 按身份证号查找: only a complete 18-character number with the right check digit is sent (the API
 * refuses partial numbers, so that nobody can enumerate people by a fragment).
 */
export function IdNumberSearch({ value, onSearch }: IdNumberSearchProps) {
  const [form] = Form.useForm<{ idNumber: string }>();
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={({ idNumber }) => onSearch(normalizeIdNumber(idNumber))}
      style={{ rowGap: 8 }}
    >
      <Form.Item
        name="idNumber"
        label={t.idSearchLabel}
        extra={ID_NUMBER_SEARCH_HINT}
        validateTrigger="onSubmit"
        rules={[idNumberRule({ required: true, search: true })]}
      >
        <Input
          placeholder={t.idSearchPlaceholder}
          maxLength={22}
          allowClear
          autoComplete="off"
          style={{ width: 240 }}
        />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button htmlType="submit">{commonText.search}</Button>
          {value ? (
            <Button
              onClick={() => {
                form.resetFields();
                onSearch(null);
              }}
            >
              {t.idSearchClear}
            </Button>
          ) : null}
        </Space>
      </Form.Item>
    </Form>
  );
}
