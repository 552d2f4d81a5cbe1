import { useQuery } from '@apollo/client/react';
import { formatMoney } from '@hanbin/ui';
import { Card, Col, Row, Select, Space, Statistic } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../../components/QueryError';
import { PageLoading } from '../../layout/PageLoading';
import { IndustryHeadlineQuery } from './dashboard.graphql';
import { industryPanelText as t } from './locale';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: Math.max(1, thisYear - 2021 + 1) }, (_, i) => thisYear - i);

/** One figure as exact text (Statistic would split "1.05" into spans). */
function Figure({ title, text, suffix, testId }: { title: string; text: string; suffix: string; testId: string }) {
  return (
    <Statistic title={title} value={text} formatter={() => <span data-testid={testId}>{text}</span>} suffix={suffix} />
  );
}

/** 产业与协作 on the dashboard: parks, the households they carry, the Jiangsu enterprises and their investment. */
export function IndustryPanel() {
  const [year, setYear] = useState<number | null>(null);
  const { data, error, refetch } = useQuery(IndustryHeadlineQuery, { variables: { year } });
  return (
    <Card
      title={t.title}
      extra={
        <Space>
          <Link to="/industry/overview">{t.overview}</Link>
          <Link to="/industry/east-west">{t.eastWest}</Link>
          <Select
            aria-label={t.yearLabel}
            value={year ?? 0}
            style={{ width: 120 }}
            options={[{ value: 0, label: t.allYears }, ...YEARS.map((y) => ({ value: y, label: t.yearOption(y) }))]}
            onChange={(v) => setYear(v === 0 ? null : v)}
          />
        </Space>
      }
    >
      {error && !data ? (
        <QueryError error={error} onRetry={() => refetch()} />
      ) : !data ? (
        <PageLoading />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={12} xl={6}>
            <Figure
              title={t.parks}
              text={String(data.industrySummary.total.parks)}
              suffix={t.unitParks}
              testId="industry-parks"
            />
          </Col>
          <Col xs={12} xl={6} title={t.householdsHint}>
            <Figure
              title={t.linkedHouseholds}
              text={data.industrySummary.total.linkedHouseholdsShown.display}
              suffix={t.unitHouseholds}
              testId="industry-households"
            />
          </Col>
          <Col xs={12} xl={6}>
            <Figure
              title={t.enterprises}
              text={String(data.eastWestSummary.enterprises)}
              suffix={t.unitEnterprises}
              testId="eastwest-enterprises"
            />
          </Col>
          <Col xs={12} xl={6}>
            <Figure
              title={t.investment}
              text={formatMoney(data.eastWestSummary.investment, '亿元')}
              suffix={t.unitYi}
              testId="eastwest-investment"
            />
          </Col>
        </Row>
      )}
    </Card>
  );
}
