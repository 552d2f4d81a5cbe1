import { useMutation } from '@apollo/client/react';
import {
  educationLabels,
  genderLabels,
  healthStatusLabels,
  labelOf,
  labourSkillLabels,
  relationLabels,
  workStatusLabels,
} from '@hanbin/ui';
import { Space, Table, type TableColumnsType, Tag } from 'antd';
import { RevealButton } from '../../../components/RevealButton';
import type { MemberRowFragment as Member } from '../../../gql/graphql';
import { RevealIdNumberMutation } from '../households.graphql';
import { householdText as t } from '../locale';

/** 查看 beside a member's masked ID number (pii:reveal only); the answer never enters the cache. */
function RevealIdNumber({ member }: { member: Member }) {
  const [reveal] = useMutation(RevealIdNumberMutation, { fetchPolicy: 'no-cache' });
  return (
    <RevealButton
      ariaLabel={t.revealIdLabel(member.name)}
      title={t.revealIdTitle(member.name)}
      notice={t.revealIdNotice}
      placeholder={t.revealIdPlaceholder}
      testId="revealed-id-number"
      onReveal={async (purpose) => {
        const { data } = await reveal({ variables: { personId: member.id, purpose } });
        return data?.revealIdNumber ?? null;
      }}
    />
  );
}

function flagTag(on: boolean, label: string) {
  return (
    <Tag key={label} color={on ? 'green' : 'default'} style={on ? undefined : { textDecoration: 'line-through' }}>
      {label}
    </Tag>
  );
}

/**
 * 家庭成员: ID numbers masked (查看 with a purpose for those who may); 健康状况 only when the API sent
 * it, i.e. to viewers allowed to read health details.
 */
export function MembersTable({ members, canReveal }: { members: readonly Member[]; canReveal: boolean }) {
  const showHealth = members.some((m) => m.health !== null && m.health !== undefined);
  const columns: TableColumnsType<Member> = [
    { title: t.name, dataIndex: 'name', width: 100 },
    { title: t.relation, key: 'relation', width: 100, render: (_, m) => labelOf(relationLabels, m.relation) },
    { title: t.gender, key: 'gender', width: 60, render: (_, m) => labelOf(genderLabels, m.gender) },
    { title: t.birthYear, dataIndex: 'birthYear', width: 90 },
    {
      title: t.idNumber,
      key: 'idNumber',
      width: 250,
      render: (_, m) => (
        <Space size={0}>
          <span style={{ fontVariantNumeric: 'tabular-nums' }}>{m.idNumber}</span>
          {canReveal ? <RevealIdNumber member={m} /> : null}
        </Space>
      ),
    },
    ...(showHealth
      ? [
          {
            title: t.health,
            key: 'health',
            width: 110,
            render: (_: unknown, m: Member) => labelOf(healthStatusLabels, m.health),
          },
        ]
      : []),
    { title: t.education, key: 'education', width: 110, render: (_, m) => labelOf(educationLabels, m.education) },
    {
      title: t.labourSkill,
      key: 'labourSkill',
      width: 140,
      render: (_, m) => labelOf(labourSkillLabels, m.labourSkill),
    },
    {
      title: t.workStatus,
      key: 'workStatus',
      width: 160,
      render: (_, m) => [labelOf(workStatusLabels, m.workStatus), m.workPlace].filter(Boolean).join(' · '),
    },
    {
      title: t.insurance,
      key: 'insurance',
      width: 170,
      render: (_, m) => (
        <Space size={0}>
          {flagTag(m.medicalInsured, t.medicalShort)}
          {flagTag(m.pensionInsured, t.pensionShort)}
          {flagTag(m.familyDoctor, t.doctorShort)}
        </Space>
      ),
    },
  ];
  return (
    <Table<Member>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={members as Member[]}
      pagination={false}
      scroll={{ x: 1100 }}
    />
  );
}
