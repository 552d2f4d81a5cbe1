import { ID_NUMBER_SEARCH_HINT, idNumberMessages, idNumberProblem } from '@hanbin/ui';
import type { Rule } from 'antd/es/form';

/**
 * An antd rule for a complete 18-character ID number (GB 11643 check digit included). Empty passes
 * unless `required`. For a search (`search: true`) a short number is answered with the reason:
 * partial numbers are never looked up.
 */
export function idNumberRule({
  required = false,
  search = false,
}: {
  required?: boolean;
  search?: boolean;
} = {}): Rule {
  return {
    validator(_, value: string | undefined) {
      const problem = idNumberProblem(value);
      if (problem === 'EMPTY') return required ? Promise.reject(new Error(idNumberMessages.EMPTY)) : Promise.resolve();
      if (problem === 'LENGTH' && search) return Promise.reject(new Error(ID_NUMBER_SEARCH_HINT));
      return problem ? Promise.reject(new Error(idNumberMessages[problem])) : Promise.resolve();
    },
  };
}
