import { labelOf, teamRoleLabels } from '@hanbin/ui';
import { Button, Space, Table, type TableColumnsType, Tag } from 'antd';
import type { TeamMemberRowFragment as Member } from '../../../gql/graphql';
import { stationingText as t } from '../locale';
import { cadreColumn, endedColumns } from './columns';

export interface TeamMembersTableProps {
  members: readonly Member[];
  /** In post (with 离队 / 轮换 for those who may write) or ended terms (the history). */
  ended?: boolean;
  onEnd?: (member: Member) => void;
  onRotate?: (member: Member) => void;
}

/** A team's members: those in post, or the history of those who left (with why). */
export function TeamMembersTable({ members, ended, onEnd, onRotate }: TeamMembersTableProps) {
  const columns: TableColumnsType<Member> = [
    cadreColumn<Member>(),
    {
      title: t.role,
      dataIndex: 'role',
      key: 'role',
      width: 100,
      render: (role: Member['role']) => (
        <Tag color={role === 'LEADER' ? 'blue' : undefined}>{labelOf(teamRoleLabels, role)}</Tag>
      ),
    },
    { title: t.startedOn, dataIndex: 'startedOn', key: 'startedOn', width: 120 },
    ...(ended ? endedColumns<Member>(t.endedOn) : []),
  ];
  if (!ended && (onEnd || onRotate)) {
    columns.push({
      title: t.actions,
      key: 'actions',
      width: 140,
      render: (_, member) => (
        <Space size={0}>
          {onRotate ? (
            <Button type="link" size="small" onClick={() => onRotate(member)}>
              {t.rotate}
            </Button>
          ) : null}
          {onEnd ? (
            <Button type="link" size="small" danger onClick={() => onEnd(member)}>
              {t.endMember}
            </Button>
          ) : null}
        </Space>
      ),
    });
  }
  return (
    <Table<Member>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={members as Member[]}
      pagination={false}
      locale={{ emptyText: ended ? t.noHistory : t.noMembers }}
      scroll={{ x: 700 }}
    />
  );
}
