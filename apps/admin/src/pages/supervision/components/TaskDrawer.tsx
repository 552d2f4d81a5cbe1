import { useQuery } from '@apollo/client/react';
import { SupervisionStatusTag } from '@hanbin/ui';
import { Descriptions, Drawer, Space, Typography } from 'antd';
import { useRef } from 'react';
import { QueryError } from '../../../components/QueryError';
import type { SupervisionTaskRowFragment as Task } from '../../../gql/graphql';
import { PageLoading } from '../../../layout/PageLoading';
import { commonText } from '../../../lib/locale';
import { supervisionText as t } from '../locale';
import { SupervisionTaskQuery } from '../supervision.graphql';
import { type TaskAction, TaskActions } from './TaskActions';
import { TaskDeadline } from './TaskDeadline';
import { taskPlace } from './taskColumns';

const or = (value: string | null | undefined, none: string) => value || none;

/** One task: the finding and its assignment, the rectification, the re-check, the closure. */
function TaskDetail({ task }: { task: Task }) {
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Descriptions size="small" column={2} bordered title={t.sectionFinding}>
        <Descriptions.Item label={t.status}>
          <SupervisionStatusTag status={task.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t.group}>{task.group.name}</Descriptions.Item>
        <Descriptions.Item label={t.place}>{taskPlace(task)}</Descriptions.Item>
        <Descriptions.Item label={t.foundOn}>{task.foundOn}</Descriptions.Item>
        <Descriptions.Item label={t.finding} span={2}>
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{task.finding}</Typography.Paragraph>
        </Descriptions.Item>
        <Descriptions.Item label={t.assignedUnit}>{task.assignedUnit}</Descriptions.Item>
        <Descriptions.Item label={t.deadline}>
          <TaskDeadline task={task} />
        </Descriptions.Item>
      </Descriptions>
      <Descriptions size="small" column={2} bordered title={t.sectionRectification}>
        <Descriptions.Item label={t.rectifiedOn}>{or(task.rectifiedOn, t.notYet)}</Descriptions.Item>
        <Descriptions.Item label={t.failedRechecks}>{t.failedTimes(task.failedRechecks)}</Descriptions.Item>
        <Descriptions.Item label={t.rectification} span={2}>
          {or(task.rectification, t.notYet)}
        </Descriptions.Item>
      </Descriptions>
      <Descriptions
        size="small"
        column={2}
        bordered
        title={t.sectionRecheck}
        extra={
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t.lastRecheckHint}
          </Typography.Text>
        }
      >
        <Descriptions.Item label={t.recheckedOn}>{or(task.recheckedOn, t.notRechecked)}</Descriptions.Item>
        <Descriptions.Item label={t.closedOn}>{or(task.closedOn, commonText.none)}</Descriptions.Item>
        <Descriptions.Item label={t.recheckNote} span={2}>
          {or(task.recheckNote, t.notRechecked)}
        </Descriptions.Item>
      </Descriptions>
    </Space>
  );
}

export interface TaskDrawerProps {
  /** The task to show (from the URL), null closed. */
  taskId: string | null;
  onClose: () => void;
  onAction: (action: TaskAction, task: Task) => void;
}

/** 详情: the task as the API has it now, with the next step's button for who may take it. */
export function TaskDrawer({ taskId, onClose, onAction }: TaskDrawerProps) {
  const { data, error, refetch } = useQuery(SupervisionTaskQuery, {
    variables: { id: taskId ?? '' },
    skip: !taskId,
  });
  // While the drawer slides shut (no task in the URL any more), it keeps showing the last one.
  const last = useRef<Task | null>(null);
  if (data?.supervisionTask) last.current = data.supervisionTask;
  const task = taskId ? (data?.supervisionTask ?? null) : last.current;
  return (
    <Drawer
      open={taskId !== null}
      onClose={onClose}
      size={720}
      title={task ? t.detailTitle(task.code) : t.detail}
      extra={task ? <TaskActions task={task} onAction={onAction} size="middle" /> : null}
      destroyOnHidden
    >
      {error && !data ? (
        <QueryError error={error} onRetry={() => refetch()} />
      ) : !data && !task ? (
        <PageLoading />
      ) : task ? (
        <TaskDetail task={task} />
      ) : (
        <Typography.Text type="secondary">{commonText.notFound}</Typography.Text>
      )}
    </Drawer>
  );
}
