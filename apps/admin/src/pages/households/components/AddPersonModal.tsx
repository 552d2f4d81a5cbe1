import { useMutation } from '@apollo/client/react';
import { Alert, App, Form, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { toNamePath } from '../../../lib/serverErrors';
import { useServerErrors } from '../../../lib/useServerErrors';
import { AddPersonMutation } from '../households.graphql';
import { householdText as t } from '../locale';
import { PersonFields } from './PersonFields';
import { emptyPerson, type PersonValues, toPersonInput } from './personFormValues';

export interface AddPersonModalProps {
  householdId: string;
  open: boolean;
  withHealth: boolean;
  onClose: () => void;
  onAdded: () => void;
}

/** 新增成员: the API refuses an ID number already registered anywhere in the district. */
export function AddPersonModal({ householdId, open, withHealth, onClose, onAdded }: AddPersonModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<PersonValues>();
  const [errors, setErrors] = useState<string[]>([]);
  const [add, { loading }] = useMutation(AddPersonMutation);
  const showError = useServerErrors(form, { mapField: (f) => toNamePath(f.replace(/^input\./, '')) });

  useEffect(() => {
    if (open) {
      setErrors([]);
      form.resetFields();
    }
  }, [open, form]);

  const submit = async (v: PersonValues) => {
    setErrors([]);
    try {
      await add({ variables: { householdId, input: toPersonInput(v, v.relation ?? 'OTHER') } });
      message.success(t.memberAdded(v.name.trim()));
      onAdded();
    } catch (e) {
      setErrors(showError(e).unmatched);
    }
  };

  return (
    <Modal
      title={t.addMemberTitle}
      open={open}
      width={760}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={loading}
      forceRender
    >
      {errors.length > 0 ? (
        <Alert type="error" showIcon title={errors.join('；')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<PersonValues> form={form} layout="vertical" onFinish={submit} initialValues={emptyPerson}>
        <PersonFields withRelation withHealth={withHealth} />
      </Form>
    </Modal>
  );
}
