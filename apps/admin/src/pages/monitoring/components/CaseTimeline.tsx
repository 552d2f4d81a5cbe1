import { PaperClipOutlined } from '@ant-design/icons';
import { attachmentKindLabels, labelOf, OverdueTag, stepOutcomeLabels } from '@hanbin/ui';
import { Space, Tag, Timeline, Typography } from 'antd';
import type { CaseAttachment, CaseDetail, DoneStep, ProcedureStep } from '../caseTypes';
import { monitoringText as t } from '../locale';

const actorLabel = (s: ProcedureStep) => (s.actor === 'DISTRICT' ? '区级' : '镇村');

function Attachments({ files }: { files: readonly CaseAttachment[] }) {
  if (files.length === 0) return null;
  return (
    <Space size={[12, 4]} wrap>
      {files.map((f) => (
        <a key={f.id} href={f.url} target="_blank" rel="noopener noreferrer">
          <PaperClipOutlined /> {labelOf(attachmentKindLabels, f.kind)}：{f.fileName}
        </a>
      ))}
    </Space>
  );
}

function DoneContent({ step, done, files }: { step: ProcedureStep; done: DoneStep; files: readonly CaseAttachment[] }) {
  const rejected = done.outcome === 'REJECTED';
  return (
    <div data-testid={`step-${step.code}`} data-state="done">
      <Space size={6} wrap>
        <Typography.Text strong>{`${step.position}. ${step.name}`}</Typography.Text>
        <Tag color={rejected ? 'red' : 'green'}>{labelOf(stepOutcomeLabels, done.outcome)}</Tag>
        {done.late ? <OverdueTag>{t.lateDone}</OverdueTag> : null}
      </Space>
      <div>
        <Typography.Text type="secondary">
          {t.stepDone(done.actorName, done.actedOn)}
          {done.dueOn ? ` · ${t.stepDue(done.dueOn)}` : ''}
        </Typography.Text>
      </div>
      {done.noticeStart && done.noticeEnd ? <div>{t.noticePeriod(done.noticeStart, done.noticeEnd)}</div> : null}
      {done.note ? <div style={{ whiteSpace: 'pre-wrap' }}>{done.note}</div> : null}
      <Attachments files={files} />
    </div>
  );
}

function NextContent({ step, dueOn, overdue }: { step: ProcedureStep; dueOn: string | null; overdue: boolean }) {
  return (
    <div
      data-testid={`step-${step.code}`}
      data-state="next"
      style={{ background: '#e6f4ff', border: '1px solid #91caff', borderRadius: 6, padding: '6px 10px' }}
    >
      <Space size={6} wrap>
        <Typography.Text strong>{`${step.position}. ${step.name}`}</Typography.Text>
        <Tag color="processing">{t.stepWaiting}</Tag>
        <Tag>{actorLabel(step)}</Tag>
        {dueOn ? <Typography.Text>{t.due(dueOn)}</Typography.Text> : null}
        {overdue ? <OverdueTag /> : null}
      </Space>
    </div>
  );
}

function LaterContent({ step, notReached }: { step: ProcedureStep; notReached: boolean }) {
  return (
    <div data-testid={`step-${step.code}`} data-state="later" style={{ color: 'rgba(0,0,0,0.35)' }}>
      {`${step.position}. ${step.name}`}
      <span style={{ marginLeft: 8, fontSize: 12 }}>
        {notReached ? t.stepNotReached : t.stepLater}
        {step.timeLimitDays ? ` · ${step.timeLimitDays} 个工作日` : ''}
      </span>
    </div>
  );
}

/**
 * Every step of the case's procedure version: done ones with who, when, the deadline, the outcome,
 * the note and the materials; the next one highlighted with its due date; later ones grey.
 */
export function CaseTimeline({ monitoringCase: c }: { monitoringCase: CaseDetail }) {
  const done = new Map(c.steps.map((s) => [s.position, s]));
  const steps = [...c.procedure.steps].sort((a, b) => a.position - b.position);
  const items = steps.map((step) => {
    const record = done.get(step.position);
    if (record) {
      return {
        key: step.code,
        color: record.outcome === 'REJECTED' ? 'red' : 'green',
        content: <DoneContent step={step} done={record} files={c.attachments.filter((a) => a.stepId === record.id)} />,
      };
    }
    if (c.status === 'IDENTIFYING' && c.nextStep?.code === step.code) {
      return {
        key: step.code,
        color: c.overdue ? 'red' : 'blue',
        content: <NextContent step={step} dueOn={c.nextStepDueOn} overdue={c.overdue} />,
      };
    }
    return {
      key: step.code,
      color: 'gray',
      content: <LaterContent step={step} notReached={c.status !== 'IDENTIFYING'} />,
    };
  });
  return <Timeline items={items} />;
}
