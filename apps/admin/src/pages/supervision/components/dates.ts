import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { supervisionText as t } from '../locale';

/** The API's Date format. */
export const DAY = 'YYYY-MM-DD';

/** Whole days from `date` ("YYYY-MM-DD") to `today`: how long a deadline has passed. */
export function daysSince(date: string, today: Dayjs = dayjs()): number {
  return today.startOf('day').diff(dayjs(date), 'day');
}

/**
 * A required date, not after today and not before `earliest` (a date string, or a function of the
 * form's other values, e.g. the finding date typed above). `earliest` says why in its message.
 */
export function dateRule(
  required: string,
  earliest?: { date: (get: (name: string) => unknown) => string | Dayjs | null | undefined; message: string },
  { future = false }: { future?: boolean } = {},
): Rule {
  return ({ getFieldValue }) => ({
    validator(_, value: Dayjs | null | undefined) {
      if (!value) return Promise.reject(new Error(required));
      if (!future && value.isAfter(dayjs(), 'day')) return Promise.reject(new Error(t.notAfterToday));
      const min = earliest?.date(getFieldValue);
      if (earliest && min && value.isBefore(dayjs(min), 'day')) return Promise.reject(new Error(earliest.message));
      return Promise.resolve();
    },
  });
}
