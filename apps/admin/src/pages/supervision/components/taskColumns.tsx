import { SupervisionStatusTag } from '@hanbin/ui';
import { Button, type TableColumnsType, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { SupervisionTaskRowFragment as Task } from '../../../gql/graphql';
import { supervisionText as t } from '../locale';
import { TaskDeadline } from './TaskDeadline';

/** Where a task was found: the town, and the village when there is one. */
export function taskPlace(task: Pick<Task, 'town' | 'village'>): string {
  return [task.town.name, task.village?.name].filter(Boolean).join(' / ');
}

/** 督办编号 / 状态 / 整改时限 (逾期) / 镇村 / 问题 / 责任单位 / 督查组 / 发现日期 / 操作: what to chase first on the left. */
export function taskColumns(onOpen: (task: Task) => void, actions: (task: Task) => ReactNode): TableColumnsType<Task> {
  return [
    {
      title: t.code,
      dataIndex: 'code',
      width: 130,
      render: (code: string, task) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(task)}>
          {code}
        </Button>
      ),
    },
    {
      title: t.status,
      key: 'status',
      width: 150,
      render: (_, task) => <SupervisionStatusTag status={task.status} />,
    },
    { title: t.deadline, key: 'deadline', width: 190, render: (_, task) => <TaskDeadline task={task} /> },
    { title: t.place, key: 'place', width: 170, render: (_, task) => taskPlace(task) },
    {
      title: t.finding,
      dataIndex: 'finding',
      width: 280,
      render: (finding: string) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: finding }} style={{ margin: 0 }}>
          {finding}
        </Typography.Paragraph>
      ),
    },
    { title: t.assignedUnit, dataIndex: 'assignedUnit', width: 180 },
    { title: t.group, key: 'group', width: 150, render: (_, task) => task.group.name },
    { title: t.foundOn, dataIndex: 'foundOn', width: 110 },
    { title: t.actions, key: 'actions', width: 100, fixed: 'right', render: (_, task) => actions(task) },
  ];
}
