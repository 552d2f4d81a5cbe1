import { useQuery } from '@apollo/client/react';
import { BarList } from '@hanbin/ui';
import { Card, Col, Row, Select, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../../components/QueryError';
import type { MonitoringCountFieldsFragment as Count } from '../../gql/graphql';
import { PageLoading } from '../../layout/PageLoading';
import { MonitoringSummaryQuery } from './dashboard.graphql';
import { monitoringPanelText as t } from './locale';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: thisYear - 2021 + 1 }, (_, i) => thisYear - i);

/** Bars for suppressed counts: the length is drawn from the value where there is one, the text is `display` as sent. */
function CountBars({ rows, label, color }: { rows: readonly Count[]; label: string; color?: string }) {
  const max = Math.max(1, ...rows.map((r) => r.cases.value ?? 0));
  return (
    <BarList
      aria-label={label}
      color={color}
      labelWidth={112}
      items={rows.map((r) => ({
        key: r.key,
        label: r.label,
        fraction: (r.cases.value ?? 0) / max,
        valueText: r.cases.display,
      }))}
    />
  );
}

/** A figure as the API prints it ("<5" stays "<5"). */
function Figure({
  title,
  display,
  testId,
  danger,
}: {
  title: string;
  display: string;
  testId: string;
  danger?: boolean;
}) {
  return (
    <Statistic
      title={title}
      value={display}
      formatter={() => (
        <span data-testid={testId} style={danger ? { color: '#cf1322' } : undefined}>
          {display}
        </span>
      )}
      suffix={t.unitCases}
    />
  );
}

/** 防返贫监测 on the dashboard: totals, the overdue count, cases by waiting step and by type. */
export function MonitoringPanel() {
  const [year, setYear] = useState<number | null>(null);
  const { data, error, refetch } = useQuery(MonitoringSummaryQuery, { variables: { year } });
  const s = data?.monitoringSummary;
  return (
    <Card
      title={t.title}
      extra={
        <Space>
          <Link to="/monitoring/board">{t.board}</Link>
          <Link to="/monitoring/cases?overdue=1">{t.overdueList}</Link>
          <Select
            aria-label={t.title}
            value={year ?? 0}
            style={{ width: 130 }}
            options={[{ value: 0, label: t.allYears }, ...YEARS.map((y) => ({ value: y, label: t.yearOption(y) }))]}
            onChange={(v) => setYear(v === 0 ? null : v)}
          />
        </Space>
      }
    >
      {error && !s ? (
        <QueryError error={error} onRetry={() => refetch()} />
      ) : !s ? (
        <PageLoading />
      ) : (
        <Row gutter={[24, 16]}>
          <Col xs={24} xl={6}>
            <Space orientation="vertical" size={16}>
              <Figure title={t.total} display={s.total.display} testId="monitoring-total" />
              <Figure title={t.open} display={s.open.display} testId="monitoring-open" />
              <Figure title={t.overdue} display={s.overdue.display} testId="monitoring-overdue" danger />
            </Space>
          </Col>
          <Col xs={24} md={12} xl={9}>
            <Typography.Text strong>{t.byStep}</Typography.Text>
            <CountBars rows={s.byStep} label={t.byStep} />
          </Col>
          <Col xs={24} md={12} xl={9}>
            <Typography.Text strong>{t.byType}</Typography.Text>
            <CountBars rows={s.byType} label={t.byType} color="#fa8c16" />
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
              {t.suppressedHint}
            </Typography.Paragraph>
          </Col>
        </Row>
      )}
    </Card>
  );
}
