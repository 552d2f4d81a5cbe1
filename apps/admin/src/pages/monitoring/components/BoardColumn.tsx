import { OverdueTag } from '@hanbin/ui';
import { Badge, Card, Empty, Space, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { MonitoringBoardQuery } from '../../../gql/graphql';
import { monitoringText as t } from '../locale';

export type BoardColumnData = MonitoringBoardQuery['monitoringBoard'][number];

/** One step of the board: how many cases wait there, how many are late, the most urgent as cards. */
export function BoardColumn({ column, townCode }: { column: BoardColumnData; townCode?: string }) {
  const navigate = useNavigate();
  const { step, count, overdueCount, cases } = column;
  const more = new URLSearchParams({ step: step.code, status: 'IDENTIFYING', ...(townCode ? { town: townCode } : {}) });
  return (
    <section
      aria-label={step.name}
      data-testid={`board-${step.code}`}
      style={{
        // Seven steps fit side by side on a laptop screen; more scroll sideways.
        flex: '1 1 0',
        minWidth: 150,
        maxWidth: 280,
        background: '#f5f5f5',
        borderRadius: 8,
        padding: 8,
        display: 'flex',
        flexDirection: 'column',
        gap: 8,
        maxHeight: 'calc(100vh - 220px)',
      }}
    >
      <div
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          flexWrap: 'wrap',
          gap: 4,
          padding: '4px 4px 0',
        }}
      >
        <Space size={6}>
          <Typography.Text strong>{step.name}</Typography.Text>
          <Badge count={count} showZero color="#1677ff" overflowCount={999} />
        </Space>
        {overdueCount > 0 ? <Tag color="red">{t.boardOverdue(overdueCount)}</Tag> : null}
      </div>
      <div style={{ overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: 8 }}>
        {cases.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.boardEmpty} /> : null}
        {cases.map((c) => (
          <Card
            key={c.id}
            size="small"
            hoverable
            role="link"
            tabIndex={0}
            aria-label={`${c.code} ${c.household.headName}`}
            onClick={() => navigate(`/monitoring/cases/${c.id}`)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') navigate(`/monitoring/cases/${c.id}`);
            }}
            style={c.overdue ? { borderColor: '#ffa39e' } : undefined}
          >
            <div style={{ display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap', gap: 4 }}>
              <Typography.Text strong>{c.code}</Typography.Text>
              {c.overdue ? <OverdueTag /> : null}
            </div>
            <div>
              {c.household.headName}户
              {c.greenChannel ? (
                <Tag color="magenta" style={{ marginLeft: 6 }}>
                  {t.greenChannel}
                </Tag>
              ) : null}
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {`${c.town.name} / ${c.village.name}`}
            </Typography.Text>
            <div style={{ fontSize: 12, color: c.overdue ? '#cf1322' : 'rgba(0,0,0,0.65)' }}>
              {c.nextStepDueOn ? t.due(c.nextStepDueOn) : t.none}
            </div>
          </Card>
        ))}
      </div>
      {count > cases.length ? (
        <Link to={`/monitoring/cases?${more}`} style={{ padding: '0 4px' }}>
          {t.boardMore(count)}
        </Link>
      ) : null}
    </section>
  );
}
