import { Col, type ColProps, Row, Statistic } from 'antd';

export interface CountFigureProps {
  title: string;
  value: number;
  suffix: string;
  testId: string;
  /** Red when above zero (a gap). */
  alarm?: boolean;
}

/** A count as a Statistic, with a test id on the number; a gap above zero in red. */
export function CountFigure({ title, value, suffix, testId, alarm }: CountFigureProps) {
  return (
    <Statistic
      title={title}
      value={value}
      formatter={() => (
        <span data-testid={testId} style={alarm && value > 0 ? { color: '#cf1322' } : undefined}>
          {value}
        </span>
      )}
      suffix={suffix}
    />
  );
}

// Five to a line on a wide screen.
const COL: ColProps = { xs: 12, md: 8, xl: { flex: '20%' } };

/** A row of counts. */
export function CountFigures({ figures }: { figures: readonly CountFigureProps[] }) {
  return (
    <Row gutter={[16, 16]}>
      {figures.map((f) => (
        <Col key={f.testId} {...COL}>
          <CountFigure {...f} />
        </Col>
      ))}
    </Row>
  );
}

/** 缺工作队 and 缺第一书记 of a coverage: the covered villages without each. */
export function coverageGaps(
  c: { covered: number; withTeam: number; withFirstSecretary: number },
  labels: { lackTeam: string; lackSecretary: string; unit: string },
  testIds: { lackTeam: string; lackSecretary: string },
): CountFigureProps[] {
  return [
    {
      title: labels.lackTeam,
      value: c.covered - c.withTeam,
      suffix: labels.unit,
      testId: testIds.lackTeam,
      alarm: true,
    },
    {
      title: labels.lackSecretary,
      value: c.covered - c.withFirstSecretary,
      suffix: labels.unit,
      testId: testIds.lackSecretary,
      alarm: true,
    },
  ];
}
