import { formatMoney, formatRate } from '@hanbin/ui';
import { Card, Col, Row, Statistic } from 'antd';
import type { FundingSummaryFieldsFragment } from '../../gql/graphql';
import { dashboardText as t } from './locale';

type Totals = FundingSummaryFieldsFragment['totals'];

interface Figure {
  title: string;
  text: string;
  suffix?: string;
  testId: string;
  span: number;
}

const yi = (money: string) => ({ text: formatMoney(money, '亿元'), suffix: t.unitYi });
const count = (n: number) => ({ text: String(n), suffix: t.unitCount });

/** A card of figures side by side. Statistic would split "7.676" into spans: we render the exact text. */
function FigureCard({ title, figures }: { title: string; figures: Figure[] }) {
  return (
    <Card title={title} style={{ height: '100%' }}>
      <Row gutter={16}>
        {figures.map(({ title, text, suffix, testId, span }) => (
          <Col key={testId} span={span}>
            <Statistic
              title={title}
              value={text}
              formatter={() => <span data-testid={testId}>{text}</span>}
              suffix={suffix}
            />
          </Col>
        ))}
      </Row>
    </Card>
  );
}

/** The report's headline figures, computed by the API from rows and printed the report's way. */
export function HeadlineCards({ integrated, bridging }: { integrated: Totals; bridging: Totals }) {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <FigureCard
          title={t.integratedTitle}
          figures={[
            { title: t.allocatedLabel, ...yi(integrated.allocated), testId: 'integrated-allocated', span: 10 },
            { title: t.integratedProjects, ...count(integrated.projectCount), testId: 'integrated-projects', span: 7 },
            {
              title: t.startedProjects,
              ...count(integrated.startedProjectCount),
              testId: 'integrated-started',
              span: 7,
            },
          ]}
        />
      </Col>
      <Col xs={24} xl={14}>
        <FigureCard
          title={t.bridgingTitle}
          figures={[
            { title: t.allocatedLabel, ...yi(bridging.allocated), testId: 'bridging-allocated', span: 7 },
            { title: t.bridgingProjects, ...count(bridging.projectCount), testId: 'bridging-projects', span: 5 },
            { title: t.bridgingDisbursed, ...yi(bridging.disbursed), testId: 'bridging-disbursed', span: 6 },
            { title: t.bridgingRate, text: formatRate(bridging.executionRate), testId: 'bridging-rate', span: 6 },
          ]}
        />
      </Col>
    </Row>
  );
}
