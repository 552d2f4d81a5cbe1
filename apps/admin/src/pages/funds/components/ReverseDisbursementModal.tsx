import { useMutation } from '@apollo/client/react';
import { formatMoney, normalizeMoney } from '@hanbin/ui';
import { Alert, App, Descriptions, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { positiveMoneyRule } from '../../../lib/formRules';
import { useIdempotencyKey } from '../../../lib/useIdempotencyKey';
import { ReverseDisbursementMutation } from '../funds.graphql';
import { fundText as t } from '../locale';
import { DisbursementFormModal, PaidOnField, VoucherNoField } from './DisbursementFormModal';

export interface ReversibleDisbursement {
  id: string;
  paidOn: string;
  amount: string;
  voucherNo: string;
  payee: string;
  /** Already reversed by earlier entries (positive). */
  reversedAmount: string;
  /** What is left to reverse, as the server computed it. */
  reversibleAmount: string;
}

interface Values {
  /** Empty: reverse everything not yet reversed. */
  amount?: string;
  paidOn: Dayjs;
  voucherNo: string;
  reason: string;
}

const yuan = (money: string) => formatMoney(money, '元');

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
  const idempotencyKey = useIdempotencyKey();
  const [reverse] = useMutation(ReverseDisbursementMutation, {
    update: (cache) => cache.evict({ fieldName: 'disbursements' }),
  });
  // The last payment opened stays on screen while the dialog closes; opening another one starts a fresh form.
  const [shown, setShown] = useState(target);
  if (target && target !== shown) setShown(target);
  const reversible = shown?.reversibleAmount;
  const plain = reversible ? formatMoney(reversible, '元', { grouping: false }) : undefined;

  const submit = async (v: Values) => {
    if (!target) return;
    const { data } = await reverse({
      variables: {
        input: {
          disbursementId: target.id,
          // The amount seen and confirmed: if someone reversed part meanwhile, the server refuses
          // rather than reversing a different sum. Emptied: null, all that is still open.
          amount: v.amount?.trim() ? normalizeMoney(v.amount) : null,
          paidOn: v.paidOn.format('YYYY-MM-DD'),
          voucherNo: v.voucherNo.trim(),
          reason: v.reason.trim(),
          idempotencyKey: idempotencyKey.current(),
        },
      },
    });
    if (data) message.success(t.reversedDone(data.reverseDisbursement.voucherNo));
    idempotencyKey.renew();
    onReversed();
  };

  return (
    <DisbursementFormModal<Values>
      title={t.reverseTitle}
      open={target !== null}
      form={form}
      onClose={() => {
        idempotencyKey.renew();
        onClose();
      }}
      onSubmit={submit}
      formKey={shown?.id}
      initialValues={{ amount: plain }}
      header={
        <>
          <Alert type="warning" showIcon title={t.reverseExplain} style={{ marginBottom: 16 }} />
          {shown ? (
            <Descriptions
              size="small"
              column={2}
              title={t.reverseOf}
              items={[
                { key: 'v', label: t.voucherNo, children: shown.voucherNo },
                { key: 'd', label: t.paidOn, children: shown.paidOn },
                { key: 'a', label: t.amount, children: yuan(shown.amount) },
                { key: 'p', label: t.payee, children: shown.payee },
                { key: 'r', label: t.reversedAmount, children: yuan(shown.reversedAmount) },
                { key: 'o', label: t.reversibleAmount, children: yuan(shown.reversibleAmount) },
              ]}
              style={{ marginBottom: 16 }}
            />
          ) : null}
        </>
      }
    >
      <Form.Item
        name="amount"
        label={t.reverseAmount}
        extra={t.reverseAmountHint}
        rules={[positiveMoneyRule({ format: t.amountFormat, exceeds: (l) => t.reverseExceeds(yuan(l)) }, reversible)]}
      >
        <Input inputMode="decimal" placeholder={plain} />
      </Form.Item>
      <PaidOnField />
      <VoucherNoField />
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
    </DisbursementFormModal>
  );
}
