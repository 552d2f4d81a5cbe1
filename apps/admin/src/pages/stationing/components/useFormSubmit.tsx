import { Alert, type FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { type ServerErrorOptions, useServerErrors } from '../../../lib/useServerErrors';

/**
 * Runs a form's save: the API's field messages go under their fields, the rest (and a stale version's
 * reload dialog) as `useServerErrors` shows them; `errorAlert` is what matched no field.
 */
export function useFormSubmit(form: FormInstance, options: ServerErrorOptions = {}) {
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const showError = useServerErrors(form, options);
  const run = useCallback(
    async (save: () => Promise<unknown>) => {
      setErrors([]);
      setSaving(true);
      try {
        await save();
      } catch (e) {
        setErrors(showError(e).unmatched);
      } finally {
        setSaving(false);
      }
    },
    [showError],
  );
  const reset = useCallback(() => setErrors([]), []);
  const errorAlert =
    errors.length > 0 ? <Alert type="error" showIcon title={errors.join('；')} style={{ marginBottom: 16 }} /> : null;
  return { run, saving, reset, errorAlert };
}
