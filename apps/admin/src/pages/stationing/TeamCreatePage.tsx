import { useMutation, useQuery } from '@apollo/client/react';
import { RegionCascader } from '@hanbin/ui';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Row, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useScopedTowns } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import { commonText } from '../../lib/locale';
import { TownsQuery } from '../../lib/places.graphql';
import { toNamePath } from '../../lib/serverErrors';
import { evictStationing } from './components/evictStationing';
import { notAfterToday, toDate, today, villagePicked } from './components/rules';
import { UnitSelect } from './components/UnitSelect';
import { useFormSubmit } from './components/useFormSubmit';
import { stationingText as t } from './locale';
import { CreateWorkTeamMutation } from './stationing.graphql';

const NO_TOWNS: never[] = [];

interface Values {
  region: string[];
  name: string;
  leadUnitId: string;
  formedOn: Dayjs;
}

/** The API names the village `villageCode`; the form picks it with the town. */
const fieldPath = (field: string) => (field.replace(/^input\./, '') === 'villageCode' ? ['region'] : toNamePath(field));

/** 组建工作队 (`?village=` preselects the village, as 全覆盖 links it); then opens the team to add members. */
export function TeamCreatePage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const { run, saving, errorAlert } = useFormSubmit(form, { mapField: fieldPath });
  const towns = useQuery(TownsQuery, { fetchPolicy: 'cache-first' });
  const townOptions = useScopedTowns(towns.data?.towns ?? NO_TOWNS);
  const [create] = useMutation(CreateWorkTeamMutation, { update: evictStationing });
  const village = params.get('village');

  // The village asked for, once the towns have arrived to say which town it is in.
  useEffect(() => {
    const town = village ? townOptions.find((tw) => tw.villages.some((v) => v.code === village)) : undefined;
    if (town && village && !form.getFieldValue('region')?.length) form.setFieldValue('region', [town.code, village]);
  }, [village, townOptions, form]);

  const submit = (v: Values) =>
    run(async () => {
      const { data } = await create({
        variables: {
          input: {
            villageCode: v.region[1],
            name: v.name.trim(),
            leadUnitId: v.leadUnitId,
            formedOn: toDate(v.formedOn),
          },
        },
      });
      if (!data) return;
      message.success(t.teamCreated(data.createWorkTeam.name));
      navigate(`/stationing/teams/${data.createWorkTeam.id}`);
    });

  return (
    <div>
      <PageHeader title={t.createTeamTitle} />
      <Form<Values> form={form} layout="vertical" initialValues={{ formedOn: today() }} onFinish={submit}>
        {errorAlert}
        <Card size="small">
          <Alert type="info" showIcon title={t.oneTeamRule} style={{ marginBottom: 16 }} />
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Form.Item name="region" required label={t.village} rules={[villagePicked(t.villageRequired)]}>
                <RegionCascader towns={townOptions} allowTownOnly={false} placeholder={t.filterRegion} />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item name="leadUnitId" label={t.leadUnit} rules={[{ required: true, message: t.leadUnitRequired }]}>
                <UnitSelect placeholder={t.leadUnit} />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item
                name="name"
                label={t.teamName}
                rules={[
                  { required: true, whitespace: true, message: t.teamNameRequired },
                  { min: 2, max: 100, message: t.teamNameLength },
                ]}
              >
                <Input placeholder={t.teamNamePlaceholder} maxLength={100} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item
                name="formedOn"
                label={t.formedOn}
                rules={[{ required: true, message: t.formedOnRequired }, notAfterToday(t.formedOnFuture)]}
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Space>
            <Button type="primary" htmlType="submit" loading={saving}>
              {t.createTeam}
            </Button>
            <Button onClick={() => navigate('/stationing/teams')}>{commonText.cancel}</Button>
          </Space>
        </Card>
      </Form>
    </div>
  );
}
