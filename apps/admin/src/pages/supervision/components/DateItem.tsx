import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { dateRule } from './dates';

export interface DateItemProps {
  name: string;
  label: string;
  /** The message when no date is picked. */
  requiredMessage: string;
  /** The earliest date allowed (from the task, or from another field of the form) and why. */
  earliest?: Parameters<typeof dateRule>[1];
  /** A deadline may lie ahead; a date something was done on may not. */
  future?: boolean;
  /** The field `earliest` reads, so that changing it checks this one again. */
  dependsOn?: string;
}

/** A required date of a task's form, checked as the API checks it. */
export function DateItem({ name, label, requiredMessage, earliest, future = false, dependsOn }: DateItemProps) {
  return (
    <Form.Item
      required
      name={name}
      label={label}
      dependencies={dependsOn ? [dependsOn] : undefined}
      rules={[dateRule(requiredMessage, earliest, { future })]}
    >
      <DatePicker
        style={{ width: '100%' }}
        disabledDate={future ? undefined : (d: Dayjs) => d.isAfter(dayjs(), 'day')}
      />
    </Form.Item>
  );
}
