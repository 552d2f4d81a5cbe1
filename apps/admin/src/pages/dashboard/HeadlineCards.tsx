import { formatMoney, formatRate } from '@hanbin/ui';
import { Card, Col, Row, Statistic } from 'antd';
import type { DashboardSummaryQuery } from '../../gql/graphql';
import { dashboardText as t } from './locale';

type Totals = DashboardSummaryQuery['integrated']['totals'];

// Statistic would split "7.676" into spans; render the exact text ourselves.
function Figure({ title, text, suffix, testId }: { title: string; text: string; suffix?: string; testId: string }) {
  return (
    <Statistic title={title} value={text} formatter={() => <span data-testid={testId}>{text}</span>} suffix={suffix} />
  );
}

/** The report's headline figures, computed by the API from rows and printed the report's way. */
export function HeadlineCards({ integrated, bridging }: { integrated: Totals; bridging: Totals }) {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <Card title={t.integratedTitle} style={{ height: '100%' }}>
          <Row gutter={16}>
            <Col span={10}>
              <Figure
                title={t.allocatedLabel}
                text={formatMoney(integrated.allocated, '亿元')}
                suffix={t.unitYi}
                testId="integrated-allocated"
              />
            </Col>
            <Col span={7}>
              <Figure
                title={t.integratedProjects}
                text={String(integrated.projectCount)}
                suffix={t.unitCount}
                testId="integrated-projects"
              />
            </Col>
            <Col span={7}>
              <Figure
                title={t.startedProjects}
                text={String(integrated.startedProjectCount)}
                suffix={t.unitCount}
                testId="integrated-started"
              />
            </Col>
          </Row>
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card title={t.bridgingTitle} style={{ height: '100%' }}>
          <Row gutter={16}>
            <Col span={7}>
              <Figure
                title={t.allocatedLabel}
                text={formatMoney(bridging.allocated, '亿元')}
                suffix={t.unitYi}
                testId="bridging-allocated"
              />
            </Col>
            <Col span={5}>
              <Figure
                title={t.bridgingProjects}
                text={String(bridging.projectCount)}
                suffix={t.unitCount}
                testId="bridging-projects"
              />
            </Col>
            <Col span={6}>
              <Figure
                title={t.bridgingDisbursed}
                text={formatMoney(bridging.disbursed, '亿元')}
                suffix={t.unitYi}
                testId="bridging-disbursed"
              />
            </Col>
            <Col span={6}>
              <Figure title={t.bridgingRate} text={formatRate(bridging.executionRate)} testId="bridging-rate" />
            </Col>
          </Row>
        </Card>
      </Col>
    </Row>
  );
}
