import { useMutation, useQuery } from '@apollo/client/react';
import { enumOptions, HOUSEHOLD_CATEGORIES, householdCategoryLabels, RegionCascader } from '@hanbin/ui';
import { Alert, App, Button, Card, Col, Form, Input, Radio, Row, Space, Switch } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Permission } from '../../auth/permissions';
import { useCan, useScopedTowns } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import type { HouseholdCategory } from '../../gql/graphql';
import { commonText } from '../../lib/locale';
import { TownsQuery } from '../../lib/places.graphql';
import { toNamePath } from '../../lib/serverErrors';
import { useServerErrors } from '../../lib/useServerErrors';
import { PersonFields } from './components/PersonFields';
import { emptyPerson, type PersonValues, toPersonInput } from './components/personFormValues';
import { CreateHouseholdMutation } from './households.graphql';
import { householdText as t } from './locale';

const NO_TOWNS: never[] = [];
const PHONE = /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/;

interface Values {
  region: string[];
  groupName?: string;
  address?: string;
  category: HouseholdCategory;
  relocated: boolean;
  phone?: string;
  head: PersonValues;
}

/** The API's input field → the form's field. */
function fieldPath(field: string): (string | number)[] {
  const name = field.replace(/^input\./, '');
  return name === 'villageCode' ? ['region'] : toNamePath(name);
}

/** 新建农户: the household and its head in one step; opens the new household's page. */
export function HouseholdCreatePage() {
  const navigate = useNavigate();
  const can = useCan();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const towns = useQuery(TownsQuery, { fetchPolicy: 'cache-first' });
  const townOptions = useScopedTowns(towns.data?.towns ?? NO_TOWNS);
  const [create, { loading }] = useMutation(CreateHouseholdMutation, {
    update: (cache) => cache.evict({ fieldName: 'households' }),
  });
  const showError = useServerErrors(form, { mapField: fieldPath });

  const submit = async (v: Values) => {
    setErrors([]);
    try {
      const { data } = await create({
        variables: {
          input: {
            villageCode: v.region[1],
            groupName: v.groupName?.trim() ?? '',
            address: v.address?.trim() ?? '',
            category: v.category,
            relocated: v.relocated,
            phone: v.phone?.trim() || null,
            head: toPersonInput(v.head, 'HEAD'),
          },
        },
      });
      if (!data) return;
      message.success(t.created(data.createHousehold.code));
      navigate(`/monitoring/households/${data.createHousehold.id}`);
    } catch (e) {
      setErrors(showError(e).unmatched);
    }
  };

  return (
    <div>
      <PageHeader title={t.createTitle} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ category: 'LIFTED', relocated: false, head: emptyPerson }}
        scrollToFirstError
      >
        {errors.length > 0 ? (
          <Alert
            type="error"
            showIcon
            title={t.otherErrors}
            description={errors.join('；')}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Card title={t.sectionBasic} size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="region"
                label={t.village}
                required
                rules={[
                  {
                    validator: (_, v: string[] | undefined) =>
                      v && v.length === 2 ? Promise.resolve() : Promise.reject(new Error(t.villageRequired)),
                  },
                ]}
              >
                <RegionCascader towns={townOptions} allowTownOnly={false} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="groupName" label={t.groupName} rules={[{ max: 30, message: t.tooLong(30) }]}>
                <Input maxLength={30} placeholder="如：三组" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="phone" label={t.phone} rules={[{ pattern: PHONE, message: t.phoneRule }]}>
                <Input maxLength={20} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="address" label={t.address} rules={[{ max: 200, message: t.tooLong(200) }]}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="category" label={t.category} rules={[{ required: true, message: t.categoryRequired }]}>
                <Radio.Group optionType="button" options={enumOptions(HOUSEHOLD_CATEGORIES, householdCategoryLabels)} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="relocated" label={t.relocatedLong} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t.sectionHead} size="small" style={{ marginBottom: 16 }}>
          <PersonFields prefix={['head']} withHealth={can(Permission.healthRead)} />
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" loading={loading}>
            {t.create}
          </Button>
          <Button onClick={() => navigate('/monitoring/households')}>{commonText.cancel}</Button>
        </Space>
      </Form>
    </div>
  );
}
