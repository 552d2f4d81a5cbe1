import { OverdueTag } from '@hanbin/ui';
import { Space } from 'antd';
import type { SupervisionTaskRowFragment as Task } from '../../../gql/graphql';
import { supervisionText as t } from '../locale';
import { daysSince } from './dates';

/** The deadline, flagged 逾期 N 天 while the task is overdue (the API says whether it is). */
export function TaskDeadline({ task }: { task: Pick<Task, 'deadline' | 'overdue'> }) {
  return (
    <Space size={4} wrap>
      <span>{task.deadline}</span>
      {task.overdue ? <OverdueTag>{t.overdueDays(Math.max(1, daysSince(task.deadline)))}</OverdueTag> : null}
    </Space>
  );
}
