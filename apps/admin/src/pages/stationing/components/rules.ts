import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';

/** The API's Date: `YYYY-MM-DD`. */
export function toDate(day: Dayjs): string {
  return day.format('YYYY-MM-DD');
}

export function today(): Dayjs {
  return dayjs().startOf('day');
}

/** A day not after today (the API refuses a term that starts or ends in the future). */
export function notAfterToday(message: string): Rule {
  return {
    validator: (_, value: Dayjs | undefined) =>
      value?.isAfter(today(), 'day') ? Promise.reject(new Error(message)) : Promise.resolve(),
  };
}

/** A day not before `earliest` (`YYYY-MM-DD`), as the API checks it too. */
export function notBefore(earliest: string | undefined, message: string): Rule {
  return {
    validator: (_, value: Dayjs | undefined) =>
      value && earliest && toDate(value) < earliest ? Promise.reject(new Error(message)) : Promise.resolve(),
  };
}

/** A village picked in a town → village cascader (a town alone is not enough). */
export function villagePicked(message: string): Rule {
  return {
    validator: (_, value?: string[]) => (value?.length === 2 ? Promise.resolve() : Promise.reject(new Error(message))),
  };
}
