import { useMutation, useQuery } from '@apollo/client/react';
import { enumOptions, roleLabels } from '@hanbin/ui';
import { Alert, App, Form, Input, Modal, Select, Switch } from 'antd';
import type { Rule } from 'antd/es/form';
import { useEffect, useState } from 'react';
import { checkPassword } from '../../../auth/passwordPolicy';
import type { Role, UserRowFragment } from '../../../gql/graphql';
import { TownsQuery } from '../../../lib/places.graphql';
import { useServerErrors } from '../../../lib/useServerErrors';
import { userText as t } from '../locale';
import { CreateUserMutation, UpdateUserMutation } from '../users.graphql';
import { PasswordInput } from './PasswordInput';

/** Roles that sign in with a password (partners and BI tools get API tokens instead). */
export const STAFF_ROLES: Role[] = ['DISTRICT_ADMIN', 'DISTRICT_STAFF', 'TOWN_STAFF', 'AUDITOR'];
const USERNAME = /^[a-z][a-z0-9_.-]{2,49}$/i;
const PHONE = /^1\d{10}$|^0\d{2,3}-?\d{7,8}$/;

interface Values {
  username: string;
  displayName: string;
  role: Role;
  townCode?: string;
  phone?: string;
  initialPassword: string;
  disabled: boolean;
}

export interface UserFormModalProps {
  /** `null` closed; `'new'` to create; a user to edit. */
  target: UserRowFragment | 'new' | null;
  onClose: () => void;
  onSaved: () => void;
}

/** 新建用户 / 编辑用户: role and town go together (镇办工作人员 need their town, nobody else has one). */
export function UserFormModal({ target, onClose, onSaved }: UserFormModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const editing = target !== null && target !== 'new' ? target : null;
  const towns = useQuery(TownsQuery, { fetchPolicy: 'cache-first', skip: target === null });
  const [create, created] = useMutation(CreateUserMutation);
  const [update, updated] = useMutation(UpdateUserMutation);
  const showError = useServerErrors(form, { onReload: onSaved });
  const role = Form.useWatch('role', form);
  const username = Form.useWatch('username', form);

  useEffect(() => {
    if (target === null) return;
    setErrors([]);
    form.resetFields();
    if (editing) {
      form.setFieldsValue({
        username: editing.username,
        displayName: editing.displayName,
        role: editing.role,
        townCode: editing.town?.code,
        disabled: editing.disabled,
      });
    }
  }, [target, editing, form]);

  const passwordRule: Rule = {
    validator: (_, value: string | undefined) => {
      if (!value) return Promise.resolve();
      const failed = checkPassword(value, { username }).find((c) => !c.ok);
      return failed ? Promise.reject(new Error(failed.label)) : Promise.resolve();
    },
  };

  const submit = async (v: Values) => {
    setErrors([]);
    const townCode = v.role === 'TOWN_STAFF' ? (v.townCode ?? null) : null;
    const phone = v.phone?.trim() || undefined;
    try {
      if (editing) {
        await update({
          variables: {
            id: editing.id,
            input: {
              version: editing.version,
              displayName: v.displayName.trim(),
              role: v.role,
              townCode,
              disabled: v.disabled,
              ...(phone ? { phone } : {}),
            },
          },
        });
        message.success(t.saved);
      } else {
        await create({
          variables: {
            input: {
              username: v.username.trim(),
              displayName: v.displayName.trim(),
              role: v.role,
              townCode,
              phone: phone ?? null,
              initialPassword: v.initialPassword,
            },
          },
        });
        message.success(t.created(v.displayName.trim()));
      }
      onSaved();
    } catch (e) {
      setErrors(showError(e).unmatched);
    }
  };

  return (
    <Modal
      title={editing ? t.editTitle(editing.displayName) : t.createTitle}
      open={target !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={created.loading || updated.loading}
      forceRender
    >
      {errors.length > 0 ? (
        <Alert type="error" showIcon title={errors.join('；')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ disabled: false }}>
        <Form.Item
          name="username"
          label={t.username}
          rules={[
            { required: true, message: t.usernameRequired },
            { pattern: USERNAME, message: t.usernameRule },
          ]}
        >
          <Input disabled={Boolean(editing)} autoComplete="off" maxLength={50} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t.displayName}
          rules={[{ required: true, whitespace: true, message: t.displayNameRequired }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="role" label={t.role} rules={[{ required: true, message: t.roleRequired }]}>
          <Select options={enumOptions(STAFF_ROLES, roleLabels)} />
        </Form.Item>
        {role === 'TOWN_STAFF' ? (
          <Form.Item
            name="townCode"
            label={t.town}
            extra={t.townHint}
            rules={[{ required: true, message: t.townRequired }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={towns.data?.towns.map((town) => ({ value: town.code, label: town.name })) ?? []}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="phone"
          label={t.phone}
          extra={editing?.phone ? t.phoneKeep(editing.phone) : undefined}
          rules={[{ pattern: PHONE, message: t.phoneRule }]}
        >
          <Input maxLength={20} autoComplete="off" />
        </Form.Item>
        {editing ? (
          <Form.Item name="disabled" label={t.disabledLabel} extra={t.disabledHint} valuePropName="checked">
            <Switch />
          </Form.Item>
        ) : (
          <Form.Item
            name="initialPassword"
            label={t.initialPassword}
            extra={t.initialPasswordHint}
            dependencies={['username']}
            rules={[{ required: true, message: t.passwordRequired }, passwordRule]}
          >
            <PasswordInput />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
