import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Radio, Table, type TableColumnsType, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useServerErrors } from '../../../lib/useServerErrors';
import type { CaseDetail } from '../caseTypes';
import { monitoringText as t } from '../locale';
import { RecordFollowUpVisitMutation } from '../monitoring.graphql';

type Visit = CaseDetail['followUps'][number];

interface Values {
  visitedOn: Dayjs;
  visitor: string;
  stable: boolean;
  finding?: string;
}

/** 销号后回访: visits after the risk was eliminated, and 登记回访. */
export function FollowUpsSection({
  monitoringCase: c,
  canWrite,
  onChanged,
}: {
  monitoringCase: CaseDetail;
  canWrite: boolean;
  onChanged: () => void;
}) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [record, { loading }] = useMutation(RecordFollowUpVisitMutation);
  const showError = useServerErrors(form);

  const columns: TableColumnsType<Visit> = [
    { title: t.visitedOn, dataIndex: 'visitedOn', width: 120 },
    { title: t.visitor, dataIndex: 'visitor', width: 120 },
    {
      title: t.stable,
      key: 'stable',
      width: 150,
      render: (_, v) => <Tag color={v.stable ? 'green' : 'red'}>{v.stable ? t.stableYes : t.stableNo}</Tag>,
    },
    { title: t.finding, dataIndex: 'finding' },
  ];

  const submit = async (v: Values) => {
    setErrors([]);
    try {
      await record({
        variables: {
          input: {
            caseId: c.id,
            visitedOn: v.visitedOn.format('YYYY-MM-DD'),
            visitor: v.visitor.trim(),
            stable: v.stable,
            finding: v.finding?.trim() || null,
          },
        },
      });
      message.success(t.followUpAdded);
      setOpen(false);
      form.resetFields();
      onChanged();
    } catch (e) {
      setErrors(showError(e).unmatched);
    }
  };

  return (
    <>
      {canWrite ? (
        <div style={{ marginBottom: 12 }}>
          <Button size="small" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t.addFollowUp}
          </Button>
        </div>
      ) : null}
      <Table<Visit>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={c.followUps as Visit[]}
        pagination={false}
        locale={{ emptyText: t.noFollowUps }}
      />
      <Modal
        title={t.addFollowUp}
        open={open}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={loading}
        forceRender
      >
        {errors.length > 0 ? (
          <Alert type="error" showIcon title={errors.join('；')} style={{ marginBottom: 16 }} />
        ) : null}
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ visitedOn: dayjs(), stable: true }}
        >
          <Form.Item name="visitedOn" label={t.visitedOn} rules={[{ required: true, message: t.visitedOnRequired }]}>
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d) =>
                d.isAfter(dayjs(), 'day') || Boolean(c.closedOn && d.isBefore(dayjs(c.closedOn), 'day'))
              }
            />
          </Form.Item>
          <Form.Item
            name="visitor"
            label={t.visitor}
            rules={[{ required: true, whitespace: true, message: t.visitorRequired }, { max: 50 }]}
          >
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="stable" label={t.stable}>
            <Radio.Group
              options={[
                { value: true, label: t.stableYes },
                { value: false, label: t.stableNo },
              ]}
            />
          </Form.Item>
          <Form.Item name="finding" label={t.finding} rules={[{ max: 500 }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
