import { useQuery } from '@apollo/client/react';
import { BarList } from '@hanbin/ui';
import { Card, Col, Row, Select, Space, Typography } from 'antd';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { PageLoading } from '../../layout/PageLoading';
import { intParam, useSearchState } from '../../lib/useSearchState';
import { IndustryGroupTable } from './components/IndustryGroupTable';
import { groupBars } from './components/industryGroups';
import { IndustryOverviewQuery } from './industry.graphql';
import { industryText as t } from './locale';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: Math.max(1, thisYear - 2021 + 1) }, (_, i) => thisYear - i);

/** 产业概览: parks and what they bring, by leading industry and by town (no map: tables and bars). */
export function IndustryOverviewPage() {
  const [params, update] = useSearchState();
  const year = intParam(params, 'year', 0) || null;
  const { data, error, refetch } = useQuery(IndustryOverviewQuery, { variables: { year } });
  const s = data?.industrySummary;

  return (
    <div>
      <PageHeader
        title={t.overviewTitle}
        sub={t.overviewSub}
        extra={
          <Select
            aria-label={t.overviewYear}
            value={year ?? 0}
            style={{ width: 130 }}
            options={[{ value: 0, label: t.allYears }, ...YEARS.map((y) => ({ value: y, label: t.yearOption(y) }))]}
            onChange={(v) => update({ year: v === 0 ? null : v })}
          />
        }
      />
      {error && !s ? (
        <QueryError error={error} onRetry={() => refetch()} />
      ) : !s ? (
        <PageLoading />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Card title={t.byIndustry} size="small">
            <Row gutter={[24, 16]}>
              <Col span={24}>
                <IndustryGroupTable
                  groupTitle={t.industryCol}
                  groups={s.byIndustry}
                  total={s.total}
                  testId="industry-by-industry"
                />
              </Col>
              <Col xs={24} lg={12}>
                <Typography.Text strong>{t.parksBars}</Typography.Text>
                <BarList
                  aria-label={t.parksBars}
                  labelWidth={56}
                  valueWidth={110}
                  items={groupBars(s.byIndustry, 'parks', t.unitParks)}
                />
              </Col>
              <Col xs={24} lg={12}>
                <Typography.Text strong>{t.investmentBars}</Typography.Text>
                <BarList
                  aria-label={t.investmentBars}
                  color="#13a8a8"
                  labelWidth={56}
                  valueWidth={110}
                  items={groupBars(s.byIndustry, 'investment', t.unitParks)}
                />
              </Col>
            </Row>
          </Card>
          <Card title={t.byTown} size="small">
            <IndustryGroupTable groupTitle={t.townCol} groups={s.byTown} total={s.total} testId="industry-by-town" />
          </Card>
          <Typography.Text type="secondary">{t.totalHint}</Typography.Text>
        </Space>
      )}
    </div>
  );
}
