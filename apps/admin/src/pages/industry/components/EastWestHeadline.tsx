import { formatMoney } from '@hanbin/ui';
import { Card, Col, Row, Statistic } from 'antd';
import type { EastWestQuery } from '../../../gql/graphql';
import { industryText as t } from '../locale';

type Summary = EastWestQuery['eastWestSummary'];

interface Figure {
  title: string;
  text: string;
  suffix: string;
  testId: string;
}

/** 协作企业 N 家, 完成投资 X 亿元 (the report's rule: up to three decimals), 岗位. */
export function EastWestHeadline({ summary }: { summary: Summary }) {
  const figures: Figure[] = [
    {
      title: t.headlineEnterprises,
      text: String(summary.enterprises),
      suffix: t.unitEnterprises,
      testId: 'eastwest-enterprises',
    },
    {
      title: t.headlineInvestment,
      text: formatMoney(summary.investment, '亿元'),
      suffix: t.unitYi,
      testId: 'eastwest-investment',
    },
    { title: t.headlineJobs, text: String(summary.jobs), suffix: t.unitPersons, testId: 'eastwest-jobs' },
    { title: t.headlineLiftedJobs, text: String(summary.liftedJobs), suffix: t.unitPersons, testId: 'eastwest-lifted' },
  ];
  return (
    <Card>
      <Row gutter={16}>
        {figures.map(({ title, text, suffix, testId }) => (
          <Col key={testId} xs={12} lg={6}>
            {/* Statistic would split "1.05" into spans: the exact text is rendered as one. */}
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
