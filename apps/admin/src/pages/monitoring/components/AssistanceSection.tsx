import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { ASSISTANCE_KINDS, assistanceKindLabels, enumOptions, labelOf, MoneyText } from '@hanbin/ui';
import type { TableColumnsType } from 'antd';
import { Alert, App, Button, Col, DatePicker, Form, Input, Modal, Row, Select, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { AssistanceKind } from '../../../gql/graphql';
import { nonNegativeMoneyRule, toMoney } from '../../../lib/formRules';
import { commonText } from '../../../lib/locale';
import { useServerErrors } from '../../../lib/useServerErrors';
import type { CaseDetail } from '../caseTypes';
import { monitoringText as t } from '../locale';
import { AddAssistanceMeasureMutation } from '../monitoring.graphql';

type Measure = CaseDetail['assistance'][number];

interface Values {
  kind: AssistanceKind;
  description: string;
  responsiblePerson: string;
  responsibleUnit?: string;
  startOn: Dayjs;
  endOn?: Dayjs | null;
  amount?: string;
}

/** Whether measures may be added now: once identified, or before that through the green channel. */
export function acceptsAssistance(c: Pick<CaseDetail, 'status' | 'greenChannel'>): boolean {
  return c.status === 'MONITORING' || (c.status === 'IDENTIFYING' && c.greenChannel);
}

function AddAssistanceModal({
  c,
  open,
  onClose,
  onAdded,
}: {
  c: CaseDetail;
  open: boolean;
  onClose: () => void;
  onAdded: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [add, { loading }] = useMutation(AddAssistanceMeasureMutation);
  const showError = useServerErrors(form);

  const submit = async (v: Values) => {
    setErrors([]);
    try {
      await add({
        variables: {
          input: {
            caseId: c.id,
            kind: v.kind,
            description: v.description.trim(),
            responsiblePerson: v.responsiblePerson.trim(),
            responsibleUnit: v.responsibleUnit?.trim() || null,
            startOn: v.startOn.format('YYYY-MM-DD'),
            endOn: v.endOn ? v.endOn.format('YYYY-MM-DD') : null,
            amount: v.amount?.trim() ? toMoney(v.amount) : null,
          },
        },
      });
      message.success(t.assistanceAdded);
      form.resetFields();
      onAdded();
    } catch (e) {
      setErrors(showError(e).unmatched);
    }
  };

  return (
    <Modal
      title={t.addAssistance}
      open={open}
      width={640}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={loading}
      forceRender
    >
      {errors.length > 0 ? (
        <Alert type="error" showIcon title={errors.join('；')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ startOn: dayjs() }}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="kind"
              label={t.assistanceKind}
              rules={[{ required: true, message: t.assistanceKindRequired }]}
            >
              <Select options={enumOptions(ASSISTANCE_KINDS, assistanceKindLabels)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="amount" label={t.amount} rules={[nonNegativeMoneyRule(t.amountFormat)]}>
              <Input inputMode="decimal" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="description"
              label={t.assistanceDescription}
              rules={[
                { required: true, whitespace: true, message: t.descriptionRule },
                { min: 2, max: 500, message: t.descriptionRule },
              ]}
            >
              <Input.TextArea rows={3} maxLength={500} showCount />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="responsiblePerson"
              label={t.responsiblePerson}
              rules={[{ required: true, whitespace: true, message: t.responsiblePersonRequired }, { max: 50 }]}
            >
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="responsibleUnit" label={t.responsibleUnit} rules={[{ max: 100 }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="startOn" label={t.startOn} rules={[{ required: true, message: t.startOnRequired }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="endOn" label={t.endOn}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

/** 精准帮扶: the measures taken, and 新增 when the case accepts them. */
export function AssistanceSection({
  monitoringCase: c,
  canWrite,
  onChanged,
}: {
  monitoringCase: CaseDetail;
  canWrite: boolean;
  onChanged: () => void;
}) {
  const [open, setOpen] = useState(false);
  const columns: TableColumnsType<Measure> = [
    { title: t.assistanceKind, key: 'kind', width: 150, render: (_, m) => labelOf(assistanceKindLabels, m.kind) },
    {
      title: t.assistanceDescription,
      key: 'description',
      render: (_, m) => (
        <>
          {m.description}
          {m.beforeIdentification ? (
            <Tag color="magenta" style={{ marginLeft: 8 }}>
              {t.beforeIdentification}
            </Tag>
          ) : null}
        </>
      ),
    },
    {
      title: t.responsiblePerson,
      key: 'who',
      width: 180,
      render: (_, m) => [m.responsiblePerson, m.responsibleUnit].filter(Boolean).join(' · '),
    },
    {
      title: `${t.startOn} ~ ${t.endOn}`,
      key: 'period',
      width: 200,
      render: (_, m) => `${m.startOn} ~ ${m.endOn ?? ''}`,
    },
    {
      title: t.amount,
      key: 'amount',
      width: 130,
      align: 'right',
      render: (_, m) => (m.amount ? <MoneyText value={m.amount} showUnit={false} /> : commonText.none),
    },
  ];
  const mayAdd = canWrite && acceptsAssistance(c);
  return (
    <>
      {mayAdd ? (
        <div style={{ marginBottom: 12 }}>
          <Button size="small" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t.addAssistance}
          </Button>
        </div>
      ) : null}
      <Table<Measure>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={c.assistance as Measure[]}
        pagination={false}
        locale={{ emptyText: t.noAssistance }}
        scroll={{ x: 800 }}
      />
      <AddAssistanceModal
        c={c}
        open={open}
        onClose={() => setOpen(false)}
        onAdded={() => {
          setOpen(false);
          onChanged();
        }}
      />
    </>
  );
}
