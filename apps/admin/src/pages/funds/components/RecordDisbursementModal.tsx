import { useLazyQuery, useMutation } from '@apollo/client/react';
import { formatMoney, normalizeMoney } from '@hanbin/ui';
import { App, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { positiveMoneyRule } from '../../../lib/formRules';
import { useIdempotencyKey } from '../../../lib/useIdempotencyKey';
import { AllocationPickerQuery, RecordDisbursementMutation } from '../funds.graphql';
import { fundText as t } from '../locale';
import { DisbursementFormModal, PaidOnField, VoucherNoField } from './DisbursementFormModal';

interface Values {
  projectId?: string;
  allocationId: string;
  amount: string;
  paidOn: Dayjs;
  voucherNo: string;
  payee?: string;
  note?: string;
}

export interface RecordDisbursementModalProps {
  open: boolean;
  onClose: () => void;
  onRecorded: () => void;
}

/** 登记支出: a payment against one allocation of one project; the amount is checked against what remains. */
export function RecordDisbursementModal({ open, onClose, onRecorded }: RecordDisbursementModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const idempotencyKey = useIdempotencyKey();
  const [search, { data, loading: searching }] = useLazyQuery(AllocationPickerQuery);
  const [record] = useMutation(RecordDisbursementMutation, {
    update: (cache) => cache.evict({ fieldName: 'disbursements' }),
  });

  const allocationId = Form.useWatch('allocationId', form);
  const found = data?.projects.edges.map((e) => e.node) ?? [];
  // The chosen project is kept apart: a later search (antd clears it on select) must not lose it.
  const [chosen, setChosen] = useState<(typeof found)[number] | null>(null);
  const projects = chosen && !found.some((p) => p.id === chosen.id) ? [chosen, ...found] : found;
  const allocations = chosen?.allocations ?? [];
  const remaining = allocations.find((a) => a.id === allocationId)?.remainingAmount;

  const submit = async (v: Values) => {
    const { data: result } = await record({
      variables: {
        input: {
          allocationId: v.allocationId,
          amount: normalizeMoney(v.amount) ?? v.amount,
          paidOn: v.paidOn.format('YYYY-MM-DD'),
          voucherNo: v.voucherNo.trim(),
          payee: v.payee?.trim() ?? '',
          note: v.note?.trim() ?? '',
          idempotencyKey: idempotencyKey.current(),
        },
      },
    });
    if (result) message.success(t.recorded(result.recordDisbursement.voucherNo));
    idempotencyKey.renew();
    form.resetFields();
    setChosen(null);
    onRecorded();
  };

  return (
    <DisbursementFormModal<Values>
      title={t.recordTitle}
      open={open}
      form={form}
      onClose={() => {
        idempotencyKey.renew();
        onClose();
      }}
      onSubmit={submit}
      width={640}
    >
      <Form.Item name="projectId" label={t.projectPick} rules={[{ required: true, message: t.projectRequired }]}>
        <Select
          showSearch={{
            filterOption: false,
            onSearch: (value) => search({ variables: { search: value.trim() || null } }),
          }}
          placeholder={t.projectPickPlaceholder}
          loading={searching}
          onFocus={() => {
            if (!data) search({ variables: { search: null } });
          }}
          onChange={(id: string) => {
            setChosen(projects.find((p) => p.id === id) ?? null);
            form.setFieldValue('allocationId', undefined);
          }}
          options={projects.map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))}
        />
      </Form.Item>
      <Form.Item
        name="allocationId"
        label={t.allocationPick}
        rules={[{ required: true, message: t.allocationRequired }]}
      >
        <Select
          placeholder={t.allocationPickPlaceholder}
          disabled={!chosen}
          options={allocations.map((a) => ({
            value: a.id,
            label: t.allocationOption(a.fundSource.name, formatMoney(a.remainingAmount, '元')),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="amount"
        label={t.amount}
        extra={remaining ? t.remainingHint(formatMoney(remaining, '元')) : undefined}
        dependencies={['allocationId']}
        rules={[
          { required: true, message: t.amountRequired },
          positiveMoneyRule(
            { format: t.amountFormat, exceeds: (l) => t.amountExceeds(formatMoney(l, '元')) },
            remaining,
          ),
        ]}
      >
        <Input inputMode="decimal" placeholder="0.00" />
      </Form.Item>
      <PaidOnField />
      <VoucherNoField />
      <Form.Item name="payee" label={t.payee} rules={[{ max: 100, message: t.tooLong(100) }]}>
        <Input />
      </Form.Item>
      <Form.Item name="note" label={t.note} rules={[{ max: 500, message: t.tooLong(500) }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </DisbursementFormModal>
  );
}
