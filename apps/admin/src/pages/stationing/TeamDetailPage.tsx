import { StopOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { Permission } from '../../auth/permissions';
import { useCan } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import type { WorkTeamDetailQuery as Data, TeamMemberRowFragment as Member } from '../../gql/graphql';
import { useRouteRecord } from '../../lib/useRouteRecord';
import { AddMemberModal } from './components/AddMemberModal';
import { DissolveTeamModal, type DissolvingTeam } from './components/DissolveTeamModal';
import { type EndingTerm, EndTermModal } from './components/EndTermModal';
import { TeamInfo } from './components/TeamInfo';
import { TeamMembersTable } from './components/TeamMembersTable';
import { stationingText as t } from './locale';
import { WorkTeamDetailQuery } from './stationing.graphql';

const pick = (d: Data) => d.workTeam;
const NO_MEMBERS: Member[] = [];

/** 工作队详情: the team, its members in post, and those who left (with why); 队员到岗, 轮换, 离队. */
export function TeamDetailPage() {
  const can = useCan();
  const {
    record: team,
    fallback,
    refetch,
  } = useRouteRecord(WorkTeamDetailQuery, pick, { notFound: t.teamNotFound, backTo: '/stationing/teams' });
  const [adding, setAdding] = useState<{ replacing: Member | null } | null>(null);
  const [ending, setEnding] = useState<EndingTerm | null>(null);
  const [dissolving, setDissolving] = useState<DissolvingTeam | null>(null);
  const members = team?.members ?? NO_MEMBERS;
  const inPost = useMemo(() => members.filter((m) => !m.endedOn), [members]);
  // The history: the most recent departures first.
  const history = useMemo(
    () => members.filter((m) => m.endedOn).sort((a, b) => (b.endedOn ?? '').localeCompare(a.endedOn ?? '')),
    [members],
  );
  // One object per opening: the dialog resets its form when this changes.
  const addingTo = useMemo(
    () => (adding && team ? { id: team.id, name: team.name, formedOn: team.formedOn, inPost } : null),
    [adding, team, inPost],
  );
  if (!team) return fallback;

  const canWrite = can(Permission.stationingWrite) && !team.dissolvedOn;
  const done = () => {
    setAdding(null);
    setEnding(null);
    setDissolving(null);
    refetch();
  };

  return (
    <div>
      <PageHeader
        title={team.name}
        sub={t.teamDetailSub(`${team.town.name} / ${team.village.name}`)}
        extra={
          team.dissolvedOn ? (
            <Tag data-testid="team-dissolved">{t.teamDissolvedOn(team.dissolvedOn)}</Tag>
          ) : canWrite ? (
            <Space>
              <Button
                danger
                icon={<StopOutlined />}
                onClick={() =>
                  setDissolving({ id: team.id, version: team.version, name: team.name, formedOn: team.formedOn })
                }
              >
                {t.dissolve}
              </Button>
              <Button type="primary" icon={<UserAddOutlined />} onClick={() => setAdding({ replacing: null })}>
                {t.addMember}
              </Button>
            </Space>
          ) : null
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {!team.dissolvedOn && inPost.length === 0 ? <Alert type="warning" showIcon title={t.noMemberAlert} /> : null}
        <Card title={t.sectionInfo} size="small">
          <TeamInfo team={team} />
        </Card>
        <Card title={t.sectionMembers} size="small" data-testid="team-members">
          <TeamMembersTable
            members={inPost}
            onRotate={canWrite ? (m) => setAdding({ replacing: m }) : undefined}
            onEnd={
              canWrite
                ? (m) => setEnding({ id: m.id, version: m.version, startedOn: m.startedOn, name: m.cadre.name })
                : undefined
            }
          />
        </Card>
        <Card title={t.sectionHistory} size="small" data-testid="team-history">
          <TeamMembersTable members={history} ended />
        </Card>
      </Space>
      <AddMemberModal team={addingTo} replacing={adding?.replacing} onClose={() => setAdding(null)} onAdded={done} />
      <EndTermModal kind="member" term={ending} onClose={() => setEnding(null)} onEnded={done} />
      <DissolveTeamModal team={dissolving} onClose={() => setDissolving(null)} onDissolved={done} />
    </div>
  );
}
