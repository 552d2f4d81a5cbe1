import { FileTextOutlined } from '@ant-design/icons';
import {
  CaseStatusTag,
  discoveryChannelLabels,
  labelOf,
  MonitoringTypeTag,
  OverdueTag,
  riskKindLabels,
} from '@hanbin/ui';
import { Button, Card, Col, Row, Space, Tag } from 'antd';
import { Link } from 'react-router';
import { Permission } from '../../auth/permissions';
import { useCan } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import type { MonitoringCaseDetailQuery as Data } from '../../gql/graphql';
import { useRouteRecord } from '../../lib/useRouteRecord';
import { AssistanceSection, acceptsAssistance } from './components/AssistanceSection';
import { CaseInfo } from './components/CaseInfo';
import { CaseTimeline } from './components/CaseTimeline';
import { EliminationSection } from './components/EliminationSection';
import { FollowUpsSection } from './components/FollowUpsSection';
import { NextStepPanel } from './components/NextStepPanel';
import { monitoringText as t } from './locale';
import { MonitoringCaseDetailQuery } from './monitoring.graphql';

const pick = (d: Data) => d.monitoringCase;

/** 案件详情: the case, its procedure step by step, the next step's form, assistance, elimination, visits. */
export function CaseDetailPage() {
  const can = useCan();
  const {
    record: c,
    fallback,
    refetch,
  } = useRouteRecord(MonitoringCaseDetailQuery, pick, {
    notFound: t.notFound,
    backTo: '/monitoring/cases',
  });
  if (!c) return fallback;
  const canWrite = can(Permission.monitoringWrite);
  const reload = () => refetch();
  const noticeNext = c.status === 'IDENTIFYING' && c.nextStep?.recordsNotice && canWrite;

  return (
    <div>
      <PageHeader
        title={
          <Space wrap>
            {`${t.caseTitle} ${c.code}`}
            <CaseStatusTag status={c.status} />
            <MonitoringTypeTag type={c.type} />
            {c.greenChannel ? <Tag color="magenta">{t.greenChannel}</Tag> : null}
            {c.overdue ? <OverdueTag /> : null}
          </Space>
        }
        sub={[
          `${c.household.headName}户`,
          `${c.town.name} / ${c.village.name}`,
          labelOf(discoveryChannelLabels, c.channel),
          c.riskKinds.map((k) => labelOf(riskKindLabels, k)).join('、'),
        ].join(' · ')}
        extra={
          noticeNext ? (
            <Link to={`/monitoring/notice/${c.village.code}?case=${c.id}`}>
              <Button icon={<FileTextOutlined />}>{t.generateNotice}</Button>
            </Link>
          ) : null
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <CaseInfo monitoringCase={c} />
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={13}>
            <Card title={t.sectionProcedure} size="small" style={{ height: '100%' }}>
              <CaseTimeline monitoringCase={c} />
            </Card>
          </Col>
          <Col xs={24} xl={11}>
            <Card
              title={c.status === 'IDENTIFYING' && c.nextStep ? t.sectionNextStep(c.nextStep.name) : t.sectionHandling}
              size="small"
              style={{ height: '100%' }}
              data-testid="next-step"
            >
              <NextStepPanel monitoringCase={c} onDone={reload} />
            </Card>
          </Col>
        </Row>
        {c.assistance.length > 0 || acceptsAssistance(c) ? (
          <Card title={t.sectionAssistance} size="small">
            <AssistanceSection monitoringCase={c} canWrite={canWrite} onChanged={reload} />
          </Card>
        ) : null}
        {(c.status === 'MONITORING' && canWrite) || c.elimination ? (
          <Card title={t.sectionElimination} size="small">
            <EliminationSection monitoringCase={c} canWrite={canWrite} onChanged={reload} />
          </Card>
        ) : null}
        {c.status === 'CLOSED' ? (
          <Card title={t.sectionFollowUps} size="small">
            <FollowUpsSection monitoringCase={c} canWrite={canWrite} onChanged={reload} />
          </Card>
        ) : null}
      </Space>
    </div>
  );
}
