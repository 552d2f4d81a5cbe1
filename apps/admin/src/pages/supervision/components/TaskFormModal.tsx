import type { ApolloCache } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { Alert, Form, type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useCallback, useState } from 'react';
import { keepEnterFromSubmitting } from '../../../lib/formRules';
import { useServerErrors } from '../../../lib/useServerErrors';
import { supervisionText as t } from '../locale';

/** After a task changes, the lists and counts that may hold it are fetched again. */
export function refreshSupervision(cache: ApolloCache) {
  for (const fieldName of ['supervisionTasks', 'supervisionSummary']) cache.evict({ fieldName });
  cache.gc();
}

/**
 * Runs a form's mutation: the API's field messages go under their fields, the rest into the
 * dialog's alert (`errors`); a stale version (someone else acted first) offers to reload what is
 * on screen, and closes the dialog (`onClose`).
 */
export function useTaskSubmit<V>(form: FormInstance<V>, onClose?: () => void) {
  const client = useApolloClient();
  const [errors, setErrors] = useState<string[]>([]);
  const onReload = useCallback(() => {
    void client.refetchQueries({ include: 'active' });
    onClose?.();
  }, [client, onClose]);
  const showError = useServerErrors(form, { onReload });
  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      setErrors([]);
      try {
        await action();
        return true;
      } catch (e) {
        setErrors(showError(e).unmatched);
        return false;
      }
    },
    [showError],
  );
  const reset = useCallback(() => setErrors([]), []);
  return { errors, run, reset };
}

export interface TaskFormModalProps<V> {
  title: string;
  open: boolean;
  okText: string;
  form: FormInstance<V>;
  errors: readonly string[];
  loading: boolean;
  /** The submit button in red (复核不通过). */
  danger?: boolean;
  onCancel: () => void;
  onFinish: (values: V) => void;
  children: ReactNode;
}

/**
 * A dialog around one form of a task (交办, 报送整改, 复核): what matched no field above the form;
 * Enter in a date field does not submit (the records cannot be taken back).
 */
export function TaskFormModal<V>({
  title,
  open,
  okText,
  form,
  errors,
  loading,
  danger,
  onCancel,
  onFinish,
  children,
}: TaskFormModalProps<V>) {
  return (
    <Modal
      title={title}
      open={open}
      width={600}
      onCancel={onCancel}
      onOk={() => form.submit()}
      okText={okText}
      okButtonProps={{ danger }}
      confirmLoading={loading}
      forceRender
    >
      {errors.length > 0 ? (
        <Alert
          type="error"
          showIcon
          title={t.otherErrors}
          description={errors.join('；')}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Form<V> form={form} layout="vertical" onFinish={onFinish} onKeyDown={keepEnterFromSubmitting}>
        {children}
      </Form>
    </Modal>
  );
}
