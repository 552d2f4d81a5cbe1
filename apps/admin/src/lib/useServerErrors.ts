import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { commonText } from './locale';
import { isStaleConflict, readServerError, type ServerErrorInfo, toNamePath } from './serverErrors';

export interface ServerErrorOptions {
  /** Maps an API input field to the form's field; return null when the form has no such field. */
  mapField?: (field: string) => (string | number)[] | null;
  /** Called when the user chooses to reload after a CONFLICT (stale version). */
  onReload?: () => void;
}

/**
 * Shows an API error the way a clerk can act on it: messages under their fields (Form.setFields)
 * when the API names fields, a dialog for a stale-version CONFLICT (someone else changed the
 * record: reload), the server's message otherwise.
 * Returns the messages that matched no field: a form shows them in an alert of its own (no toast).
 */
export function useServerErrors(form: FormInstance | undefined, options: ServerErrorOptions = {}) {
  const { message, modal } = App.useApp();
  const { mapField = toNamePath, onReload } = options;

  return useCallback(
    (error: unknown): { info: ServerErrorInfo; unmatched: string[] } => {
      const info = readServerError(error);
      const unmatched: string[] = [];
      if (isStaleConflict(info)) {
        modal.warning({
          title: commonText.conflictTitle,
          content: `${commonText.conflictBody}（${info.message}）`,
          okText: commonText.reload,
          onOk: () => onReload?.(),
        });
        return { info, unmatched };
      }
      if (form && info.fields.length > 0) {
        // setFields on a name the form does not render shows nothing: such messages go to `unmatched`.
        const registered = new Set(form.getFieldsError().map((f) => JSON.stringify(f.name)));
        const byPath = new Map<string, { name: (string | number)[]; errors: string[] }>();
        for (const f of info.fields) {
          const name = mapField(f.field);
          if (!name || !registered.has(JSON.stringify(name))) {
            unmatched.push(f.message);
            continue;
          }
          const key = JSON.stringify(name);
          const entry = byPath.get(key) ?? { name, errors: [] };
          entry.errors.push(f.message);
          byPath.set(key, entry);
        }
        form.setFields([...byPath.values()]);
        if (byPath.size > 0) message.error(commonText.formHasErrors);
        if (unmatched.length === 0) return { info, unmatched };
      } else {
        unmatched.push(info.message);
      }
      // A form shows what matched no field in its own alert; without a form, a toast says it.
      if (!form) message.error(unmatched.join('；'));
      return { info, unmatched };
    },
    [form, mapField, message, modal, onReload],
  );
}
