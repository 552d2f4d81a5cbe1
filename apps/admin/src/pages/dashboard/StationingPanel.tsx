import { useQuery } from '@apollo/client/react';
import { Card, Space } from 'antd';
import { Link } from 'react-router';
import { QueryError } from '../../components/QueryError';
import { PageLoading } from '../../layout/PageLoading';
import { CountFigures, coverageGaps } from '../stationing/components/CountFigure';
import { stationingText as t } from '../stationing/locale';
import { StationingHeadlineQuery } from '../stationing/stationing.graphql';

/**
 * 驻村帮扶 on the dashboard: first secretaries, teams and members in post (the report's 271 / 410 /
 * 1,492, counted from rows), and the covered villages that lack a team or a first secretary.
 */
export function StationingPanel() {
  const { data, error, refetch } = useQuery(StationingHeadlineQuery, { fetchPolicy: 'cache-and-network' });
  const s = data?.stationingSummary;
  const c = data?.stationingCoverage;
  return (
    <Card
      title={t.panelTitle}
      extra={
        <Space>
          <Link to="/stationing/coverage">{t.panelCoverage}</Link>
          <Link to="/stationing/teams">{t.panelTeamsLink}</Link>
          <Link to="/stationing/secretaries">{t.panelSecretariesLink}</Link>
        </Space>
      }
    >
      {error && !data ? (
        <QueryError error={error} onRetry={() => refetch()} />
      ) : !s || !c ? (
        <PageLoading />
      ) : (
        <CountFigures
          figures={[
            {
              title: t.panelSecretaries,
              value: s.firstSecretaries,
              suffix: t.unitPersons,
              testId: 'stationing-secretaries',
            },
            { title: t.panelTeams, value: s.workTeams, suffix: t.unitTeams, testId: 'stationing-teams' },
            { title: t.panelMembers, value: s.members, suffix: t.unitPersons, testId: 'stationing-members' },
            ...coverageGaps(
              c,
              { lackTeam: t.panelLackTeam, lackSecretary: t.panelLackSecretary, unit: t.unitVillagesShort },
              { lackTeam: 'stationing-lack-team', lackSecretary: 'stationing-lack-secretary' },
            ),
          ]}
        />
      )}
    </Card>
  );
}
