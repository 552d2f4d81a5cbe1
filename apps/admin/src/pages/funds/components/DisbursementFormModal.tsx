import { Alert, DatePicker, Form, type FormInstance, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { useServerErrors } from '../../../lib/useServerErrors';
import { fundText as t, VOUCHER } from '../locale';

export interface DisbursementFormModalProps<V> {
  title: string;
  open: boolean;
  form: FormInstance<V>;
  onClose: () => void;
  /** Sends the values; when it throws the API's error, messages go under their fields or into the alert. */
  onSubmit: (values: V) => Promise<void>;
  /** Besides 支付日期, which starts at today. */
  initialValues?: Partial<V>;
  /** A new key starts a fresh form (with the initial values) even while the dialog stays mounted. */
  formKey?: string;
  /** Shown above the form, e.g. the payment being corrected. */
  header?: ReactNode;
  width?: number;
  children: ReactNode;
}

/** The modal of a payment form (登记支出, 冲销): OK submits, a refusal is shown where it belongs. */
export function DisbursementFormModal<V extends { paidOn: Dayjs }>({
  title,
  open,
  form,
  onClose,
  onSubmit,
  initialValues,
  formKey,
  header,
  width,
  children,
}: DisbursementFormModalProps<V>) {
  const [submitting, setSubmitting] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const showError = useServerErrors(form);

  const finish = async (values: V) => {
    setSubmitting(true);
    setErrors([]);
    try {
      await onSubmit(values);
    } catch (e) {
      setErrors(showError(e).unmatched);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      title={title}
      open={open}
      onCancel={() => {
        setErrors([]);
        onClose();
      }}
      onOk={() => form.submit()}
      confirmLoading={submitting}
      destroyOnHidden
      width={width}
    >
      {header}
      {errors.length > 0 ? <Alert type="error" showIcon title={t.otherErrors} description={errors.join('；')} /> : null}
      <Form<V>
        key={formKey}
        form={form}
        layout="vertical"
        onFinish={finish}
        initialValues={{ paidOn: dayjs(), ...initialValues }}
        // Without it the form instance keeps the last values, and they win over new initial values.
        clearOnDestroy
      >
        {children}
      </Form>
    </Modal>
  );
}

/** 支付日期. */
export function PaidOnField() {
  return (
    <Form.Item name="paidOn" label={t.paidOn} rules={[{ required: true, message: t.paidOnRequired }]}>
      <DatePicker style={{ width: '100%' }} />
    </Form.Item>
  );
}

/** 凭证号, with the server's rule. */
export function VoucherNoField() {
  return (
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
  );
}
