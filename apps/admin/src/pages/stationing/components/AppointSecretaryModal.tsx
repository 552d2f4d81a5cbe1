import { useMutation, useQuery } from '@apollo/client/react';
import { RegionCascader, type RegionTown } from '@hanbin/ui';
import { Alert, App, DatePicker, Form, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { stationingText as t } from '../locale';
import { AppointFirstSecretaryMutation, VillageSecretariesQuery } from '../stationing.graphql';
import { CadreFields } from './CadreFields';
import { type CadreValues, cadreFieldPath, toCadreInput } from './cadreValues';
import { evictStationing } from './evictStationing';
import { notAfterToday, toDate, today, villagePicked } from './rules';
import { useFormSubmit } from './useFormSubmit';

interface Values extends CadreValues {
  region: string[];
  startedOn: Dayjs;
}

export interface AppointSecretaryModalProps {
  /** Towns with villages the viewer may station in. */
  towns: readonly RegionTown[];
  /** Opens the dialog, with the village already chosen for 轮换; null keeps it closed. */
  target: { townCode?: string; villageCode?: string } | null;
  onClose: () => void;
  onAppointed: () => void;
}

/** The current secretary of the chosen village, who leaves the day before the new one starts. */
function CurrentSecretary({ villageCode }: { villageCode: string | undefined }) {
  const { data } = useQuery(VillageSecretariesQuery, {
    variables: { villageCode: villageCode ?? '' },
    skip: !villageCode,
    fetchPolicy: 'cache-and-network',
  });
  if (!villageCode || !data) return null;
  const current = data.firstSecretaries.edges.map((e) => e.node).find((s) => !s.endedOn);
  return (
    <Typography.Paragraph type={current ? 'warning' : 'secondary'} data-testid="current-secretary">
      {current ? t.currentSecretary(current.cadre.name, current.startedOn) : t.noCurrentSecretary}
    </Typography.Paragraph>
  );
}

/** 选派第一书记: a village, a registered or new cadre, the first day; the one in post rotates out. */
export function AppointSecretaryModal({ towns, target, onClose, onAppointed }: AppointSecretaryModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('cadreMode', form) ?? 'existing';
  const region = Form.useWatch('region', form);
  const cadrePath = cadreFieldPath(mode);
  const { run, saving, reset, errorAlert } = useFormSubmit(form, {
    mapField: (field) => (field.replace(/^input\./, '') === 'villageCode' ? ['region'] : cadrePath(field)),
  });
  const [appoint] = useMutation(AppointFirstSecretaryMutation, { update: evictStationing });
  const onlyTown = towns.length === 1 ? towns[0].code : undefined;

  useEffect(() => {
    if (!target) return;
    reset();
    form.resetFields();
    const town = target.townCode ?? onlyTown;
    form.setFieldsValue({
      cadreMode: 'existing',
      startedOn: today(),
      region: town ? (target.villageCode ? [town, target.villageCode] : [town]) : [],
    });
  }, [target, onlyTown, form, reset]);

  const submit = (v: Values) =>
    run(async () => {
      const { data } = await appoint({
        variables: { input: { villageCode: v.region[1], cadre: toCadreInput(v), startedOn: toDate(v.startedOn) } },
      });
      message.success(t.appointed(data?.appointFirstSecretary.cadre.name ?? ''));
      onAppointed();
    });

  return (
    <Modal
      title={t.appointTitle}
      open={target !== null}
      width={640}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.appoint}
      confirmLoading={saving}
      forceRender
    >
      {errorAlert}
      <Alert type="info" showIcon title={t.rotationRule} style={{ marginBottom: 16 }} />
      <Form<Values> form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="region" required label={t.appointVillage} rules={[villagePicked(t.appointVillageRequired)]}>
          <RegionCascader towns={towns} allowTownOnly={false} placeholder={t.filterRegion} />
        </Form.Item>
        <CurrentSecretary villageCode={region?.[1]} />
        <CadreFields />
        <Form.Item
          name="startedOn"
          label={t.appointStartedOn}
          rules={[{ required: true, message: t.appointStartedOnRequired }, notAfterToday(t.appointStartedOnFuture)]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
