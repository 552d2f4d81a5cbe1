import { Button } from 'antd';
import { Permission } from '../../../auth/permissions';
import { useCan } from '../../../auth/viewer';
import type { SupervisionTaskRowFragment as Task } from '../../../gql/graphql';
import { supervisionText as t } from '../locale';

export type TaskAction = 'rectify' | 'recheck';

/** What the task waits for, if the viewer may do it: 报送整改 (the town) or 复核 (the supervisors). */
export function availableAction(task: Pick<Task, 'status'>, can: (p: Permission) => boolean): TaskAction | null {
  if (task.status === 'ASSIGNED' && can(Permission.supervisionRectify)) return 'rectify';
  if (task.status === 'RECTIFIED' && can(Permission.supervisionWrite)) return 'recheck';
  return null;
}

/** The one button a task's next step offers this viewer, or nothing. */
export function TaskActions({
  task,
  onAction,
  size = 'small',
}: {
  task: Task;
  onAction: (action: TaskAction, task: Task) => void;
  size?: 'small' | 'middle';
}) {
  const can = useCan();
  const action = availableAction(task, can);
  if (!action) return null;
  return (
    <Button type={size === 'small' ? 'link' : 'primary'} size={size} onClick={() => onAction(action, task)}>
      {action === 'rectify' ? t.rectify : t.recheck}
    </Button>
  );
}
