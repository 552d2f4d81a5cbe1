import { useQuery } from '@apollo/client/react';
import { Alert, Card, Segmented, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { Permission } from '../../auth/permissions';
import { useCan } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { PageLoading } from '../../layout/PageLoading';
import { commonText } from '../../lib/locale';
import { intParam, useSearchState } from '../../lib/useSearchState';
import { DashboardSummaryQuery } from './dashboard.graphql';
import { HeadlineCards } from './HeadlineCards';
import { IndustryPanel } from './IndustryPanel';
import { dashboardText as t } from './locale';
import { MonitoringPanel } from './MonitoringPanel';
import { StationingPanel } from './StationingPanel';
import { SupervisionPanel } from './SupervisionPanel';
import { TownRateChart } from './TownRateChart';

const YEARS = [2021, 2022, 2023, 2024, 2025];

/** 总览: the year's headline funding figures and execution by town; 防返贫监测 and 产业与协作 for those who read them. */
export function DashboardPage() {
  const [params, update] = useSearchState();
  const year = intParam(params, 'year', 2021);
  const [scope, setScope] = useState<'integrated' | 'bridging'>('integrated');
  const { data, error, refetch } = useQuery(DashboardSummaryQuery, { variables: { year } });
  const can = useCan();
  const monitoring = can(Permission.monitoringRead) && can(Permission.summaryRead);
  const industry = can(Permission.industryRead);
  const stationing = can(Permission.stationingRead);
  const supervision = can(Permission.supervisionRead);

  return (
    <div>
      <PageHeader
        title={t.title}
        extra={
          <Space>
            {data?.systemInfo.demoData ? <Tag color="orange">{commonText.demoData}</Tag> : null}
            <Select
              aria-label={t.yearLabel}
              value={year}
              style={{ width: 110 }}
              options={YEARS.map((y) => ({ value: y, label: t.yearOption(y) }))}
              onChange={(y) => update({ year: y === 2021 ? null : y })}
            />
          </Space>
        }
      />
      {error && !data ? (
        <QueryError error={error} onRetry={() => refetch()} />
      ) : !data ? (
        <PageLoading />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <HeadlineCards integrated={data.integrated.totals} bridging={data.bridging.totals} />
          {monitoring ? <MonitoringPanel /> : null}
          {industry ? <IndustryPanel /> : null}
          {stationing ? <StationingPanel /> : null}
          {supervision ? <SupervisionPanel /> : null}
          <Card
            title={t.chartTitle}
            extra={
              <Segmented
                value={scope}
                onChange={(v) => setScope(v as typeof scope)}
                options={[
                  { value: 'integrated', label: t.chartScopeIntegrated },
                  { value: 'bridging', label: t.chartScopeBridging },
                ]}
              />
            }
          >
            <TownRateChart rows={data[scope].rows} />
          </Card>
          {data.systemInfo.demoData ? (
            <Alert type="info" showIcon title={data.systemInfo.demoDataDescription ?? t.demoNotice} />
          ) : null}
        </Space>
      )}
    </div>
  );
}
