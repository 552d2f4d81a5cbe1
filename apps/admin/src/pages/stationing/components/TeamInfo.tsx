import { labelOf, unitKindLabels } from '@hanbin/ui';
import { Descriptions, Tag } from 'antd';
import type { WorkTeamRowFragment as Team } from '../../../gql/graphql';
import { stationingText as t } from '../locale';
import { TeamStatusTag } from './TeamStatusTag';

/** A team's own fields: where, who leads, since when, how many in post. */
export function TeamInfo({ team }: { team: Team }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'town', label: t.town, children: team.town.name },
        { key: 'village', label: t.village, children: team.village.name },
        {
          key: 'lead',
          label: t.leadUnit,
          children: `${team.leadUnit.name}（${labelOf(unitKindLabels, team.leadUnit.kind)}）`,
        },
        { key: 'formed', label: t.formedOn, children: team.formedOn },
        { key: 'status', label: t.status, children: <TeamStatusTag team={team} /> },
        {
          key: 'members',
          label: t.memberCount,
          children:
            team.memberCount > 0 ? (
              <span data-testid="team-member-count">{t.persons(team.memberCount)}</span>
            ) : (
              <Tag color="error" data-testid="team-member-count">
                {t.noMemberInPost}
              </Tag>
            ),
        },
      ]}
    />
  );
}
