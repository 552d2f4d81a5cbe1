import { useMutation } from '@apollo/client/react';
import { formatMoney, normalizeMoney } from '@hanbin/ui';
import { Alert, App, DatePicker, Descriptions, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { positiveMoneyRule } from '../../../lib/formRules';
import { useServerErrors } from '../../../lib/useServerErrors';
import { ReverseDisbursementMutation } from '../funds.graphql';
import { fundText as t, VOUCHER } from '../locale';

export interface ReversibleDisbursement {
  id: string;
  paidOn: string;
  amount: string;
  voucherNo: string;
  payee: string;
}

interface Values {
  /** Empty: reverse everything not yet reversed. */
  amount?: string;
  paidOn: Dayjs;
  voucherNo: string;
  reason: string;
}

/** 冲销: records a negative payment naming the one it reverses; the original is never edited. */
export function ReverseDisbursementModal({
  target,
  onClose,
  onReversed,
}: {
  target: ReversibleDisbursement | null;
  onClose: () => void;
  onReversed: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [reverse, { loading }] = useMutation(ReverseDisbursementMutation, {
    update: (cache) => cache.evict({ fieldName: 'disbursements' }),
  });
  const showError = useServerErrors(form, { mapField: (f) => [f.replace(/^input\./, '')] });

  const submit = async (v: Values) => {
    if (!target) return;
    setErrors([]);
    try {
      const { data } = await reverse({
        variables: {
          input: {
            disbursementId: target.id,
            // Omitted, not null, when empty: the API reverses what is left (it fails on an explicit null).
            amount: v.amount?.trim() ? normalizeMoney(v.amount) : undefined,
            paidOn: v.paidOn.format('YYYY-MM-DD'),
            voucherNo: v.voucherNo.trim(),
            reason: v.reason.trim(),
          },
        },
      });
      if (data) message.success(t.reversedDone(data.reverseDisbursement.voucherNo));
      onReversed();
    } catch (e) {
      setErrors(showError(e).unmatched);
    }
  };

  return (
    <Modal
      title={t.reverseTitle}
      open={target !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={loading}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t.reverseExplain} style={{ marginBottom: 16 }} />
      {target ? (
        <Descriptions
          size="small"
          column={2}
          title={t.reverseOf}
          items={[
            { key: 'v', label: t.voucherNo, children: target.voucherNo },
            { key: 'd', label: t.paidOn, children: target.paidOn },
            { key: 'a', label: t.amount, children: formatMoney(target.amount, '元') },
            { key: 'p', label: t.payee, children: target.payee },
          ]}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {errors.length > 0 ? <Alert type="error" showIcon title={t.otherErrors} description={errors.join('；')} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ paidOn: dayjs() }}
        preserve={false}
      >
        <Form.Item
          name="amount"
          label={t.reverseAmount}
          extra={t.reverseAmountHint}
          rules={[
            target
              ? positiveMoneyRule(
                  { format: t.amountFormat, exceeds: (l) => t.reverseExceeds(formatMoney(l, '元')) },
                  target.amount,
                )
              : {},
          ]}
        >
          <Input
            inputMode="decimal"
            placeholder={target ? formatMoney(target.amount, '元', { grouping: false }) : ''}
          />
        </Form.Item>
        <Form.Item name="paidOn" label={t.paidOn} rules={[{ required: true, message: t.paidOnRequired }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="voucherNo"
          label={t.voucherNo}
          rules={[
            { required: true, whitespace: true, message: t.voucherRequired },
            { pattern: VOUCHER, message: t.voucherFormat },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t.reverseReason}
          rules={[
            { required: true, whitespace: true, message: t.reasonRequired },
            { max: 500, message: t.tooLong(500) },
          ]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
