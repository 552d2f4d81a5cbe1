import { useQuery } from '@apollo/client/react';
import { labelOf, villageCategoryLabels } from '@hanbin/ui';
import { Card, Select, Space, Switch, Typography } from 'antd';
import { Permission } from '../../auth/permissions';
import { useCan, useScopedTowns } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { PageLoading } from '../../layout/PageLoading';
import { TownsQuery } from '../../lib/places.graphql';
import { useSearchState } from '../../lib/useSearchState';
import { CountFigures, coverageGaps } from './components/CountFigure';
import { CoverageTownTable } from './components/CoverageTownTable';
import { readCoverageState } from './listState';
import { stationingText as t } from './locale';
import { StationingCoverageQuery } from './stationing.graphql';

const NO_TOWNS: never[] = [];

/** 驻村全覆盖: the totals, then each town's covered villages with their team and first secretary; gaps in red. */
export function CoveragePage() {
  const can = useCan();
  const [params, update] = useSearchState();
  const { townCode, onlyGaps } = readCoverageState(params);
  const { data, error, refetch } = useQuery(StationingCoverageQuery, {
    variables: { townCode },
    fetchPolicy: 'cache-and-network',
  });
  const towns = useQuery(TownsQuery, { fetchPolicy: 'cache-first' });
  const townOptions = useScopedTowns(towns.data?.towns ?? NO_TOWNS);
  const c = data?.stationingCoverage;

  return (
    <div>
      <PageHeader title={t.coverageTitle} sub={t.coverageSub} />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Space wrap size={[16, 12]}>
            {townOptions.length > 1 ? (
              <Select
                aria-label={t.filterTown}
                placeholder={t.allTowns}
                allowClear
                style={{ width: 200 }}
                value={townCode ?? undefined}
                options={townOptions.map((tw) => ({ value: tw.code, label: tw.name }))}
                onChange={(v: string | undefined) => update({ town: v ?? null })}
              />
            ) : null}
            <Space>
              <Switch aria-label={t.onlyGaps} checked={onlyGaps} onChange={(on) => update({ gaps: on ? '1' : null })} />
              <span>{t.onlyGaps}</span>
            </Space>
          </Space>
        </Card>
        {error && !c ? <QueryError error={error} onRetry={() => refetch()} /> : null}
        {!c ? (
          error ? null : (
            <PageLoading />
          )
        ) : (
          <>
            <Card size="small">
              <CountFigures
                figures={[
                  { title: t.covered, value: c.covered, suffix: t.unitVillages, testId: 'coverage-covered' },
                  { title: t.withTeam, value: c.withTeam, suffix: t.unitVillages, testId: 'coverage-with-team' },
                  {
                    title: t.withSecretary,
                    value: c.withFirstSecretary,
                    suffix: t.unitVillages,
                    testId: 'coverage-with-secretary',
                  },
                  ...coverageGaps(
                    c,
                    { lackTeam: t.lackTeam, lackSecretary: t.lackSecretary, unit: t.unitVillages },
                    { lackTeam: 'coverage-lack-team', lackSecretary: 'coverage-lack-secretary' },
                  ),
                ]}
              />
              <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
                {t.categoriesLabel}
                {c.categories.map((cat) => labelOf(villageCategoryLabels, cat)).join('、')}
              </Typography.Paragraph>
            </Card>
            <Card size="small">
              <CoverageTownTable towns={c.towns} onlyGaps={onlyGaps} canWrite={can(Permission.stationingWrite)} />
            </Card>
          </>
        )}
      </Space>
    </div>
  );
}
