import { useQuery } from '@apollo/client/react';
import { BarList } from '@hanbin/ui';
import { Card, Col, Row, Space, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { QueryError } from '../../components/QueryError';
import { PageLoading } from '../../layout/PageLoading';
import { supervisionText as t } from '../supervision/locale';
import { SupervisionSummaryQuery } from '../supervision/supervision.graphql';

/** The headline counts, in the order a supervisor reads them; overdue in red when there are any. */
const FIGURES = [
  { key: 'tasks', title: t.panelTasks },
  { key: 'assigned', title: t.panelOpen },
  { key: 'rectified', title: t.panelRectified },
  { key: 'overdue', title: t.panelOverdue, danger: true },
  { key: 'closed', title: t.panelClosed },
] as const;

/** 督查督办 on the dashboard: tasks by status, the overdue ones, and the open tasks of each group. */
export function SupervisionPanel() {
  const { data, error, refetch } = useQuery(SupervisionSummaryQuery, { fetchPolicy: 'cache-and-network' });
  const s = data?.supervisionSummary;
  const open = (c: { assigned: number; rectified: number }) => c.assigned + c.rectified;
  const most = Math.max(1, ...(s?.byGroup ?? []).map(open));
  return (
    <Card
      title={t.panelTitle}
      extra={
        <Space>
          <Link to="/supervision/tasks">{t.panelTasksLink}</Link>
          <Link to="/supervision/tasks?overdue=1">{t.panelOverdueLink}</Link>
        </Space>
      }
    >
      {error && !s ? (
        <QueryError error={error} onRetry={() => refetch()} />
      ) : !s ? (
        <PageLoading />
      ) : (
        <Row gutter={[24, 16]}>
          <Col xs={24} xl={10}>
            <Row gutter={[16, 16]}>
              {FIGURES.map((f) => (
                <Col key={f.key} xs={12} md={8}>
                  <Statistic
                    title={f.title}
                    value={s[f.key]}
                    suffix={t.unitTasks}
                    formatter={(value) => (
                      <span
                        data-testid={`supervision-${f.key}`}
                        style={'danger' in f && s[f.key] > 0 ? { color: '#cf1322' } : undefined}
                      >
                        {value}
                      </span>
                    )}
                  />
                </Col>
              ))}
            </Row>
          </Col>
          <Col xs={24} xl={14}>
            <Typography.Text strong>{t.panelByGroup}</Typography.Text>
            <BarList
              aria-label={t.panelByGroup}
              color="#fa8c16"
              labelWidth={140}
              valueWidth={120}
              items={s.byGroup.map((g) => ({
                key: g.group.id,
                label: <Link to={`/supervision/tasks?group=${g.group.id}`}>{g.group.name}</Link>,
                fraction: open(g) / most,
                valueText: t.panelGroupValue(open(g), g.overdue),
              }))}
            />
          </Col>
        </Row>
      )}
    </Card>
  );
}
