import { attachmentKindLabels, labelOf, stepOutcomeLabels } from '@hanbin/ui';
import { Alert, Button, DatePicker, Form, Input, Radio, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import type { RecordMonitoringStepInput } from '../../../gql/graphql';
import type { UploadedAttachment } from '../../../lib/attachments';
import { keepEnterFromSubmitting } from '../../../lib/formRules';
import type { ProcedureStep } from '../caseTypes';
import { monitoringText as t } from '../locale';
import { AttachmentUpload } from './AttachmentUpload';
import { minimumNoticeDays, noticeDays, outcomesFor } from './stepFormRules';

export interface StepValues {
  outcome: 'PASSED' | 'REJECTED';
  actedOn: Dayjs;
  note?: string;
  noticeStart?: Dayjs;
  noticeEnd?: Dayjs;
  attachments?: Record<string, UploadedAttachment | undefined>;
}

export type StepSubmission = Omit<RecordMonitoringStepInput, 'caseId' | 'version'>;

export interface NextStepFormProps {
  caseId: string;
  step: ProcedureStep;
  /** When the previous step was done: this one may not be dated before it. */
  previousActedOn: string | null;
  submitting?: boolean;
  /** Messages the API sent that no field shows. */
  errors?: string[];
  onSubmit: (input: StepSubmission) => Promise<void> | void;
  /** The form instance, for the container to put the API's field messages on. */
  form?: ReturnType<typeof Form.useForm<StepValues>>[0];
}

const DAY = 'YYYY-MM-DD';
const reject = (message: string) => Promise.reject(new Error(message));

/** What the form sends for what the clerk filled in. */
export function toStepSubmission(step: ProcedureStep, v: StepValues): StepSubmission {
  return {
    stepCode: step.code,
    outcome: v.outcome,
    actedOn: v.actedOn.format(DAY),
    note: v.note?.trim() || null,
    noticeStart: step.recordsNotice && v.noticeStart ? v.noticeStart.format(DAY) : null,
    noticeEnd: step.recordsNotice && v.noticeEnd ? v.noticeEnd.format(DAY) : null,
    attachmentIds: step.requiredAttachments
      .map((kind) => v.attachments?.[kind]?.id)
      .filter((id): id is string => Boolean(id)),
  };
}

/**
 * The form for the next step of the procedure, with the procedure's rules: 不通过 only where the step
 * may reject (and then a reason), the notice period where the step records one (at least the
 * step's minimum days, over before the step is done), each required material uploaded first.
 */
export function NextStepForm({
  caseId,
  step,
  previousActedOn,
  submitting,
  errors = [],
  onSubmit,
  form: external,
}: NextStepFormProps) {
  const [own] = Form.useForm<StepValues>();
  const form = external ?? own;
  const outcome = Form.useWatch('outcome', form);
  const minDays = minimumNoticeDays(step);
  const previous = previousActedOn ? dayjs(previousActedOn) : null;

  const actedOnRule: Rule = ({ getFieldValue }) => ({
    validator(_, value: Dayjs | undefined) {
      if (!value) return reject(t.actedOnRequired);
      if (value.isAfter(dayjs(), 'day')) return reject(t.actedOnNotAfterToday);
      if (previous && value.isBefore(previous, 'day')) return reject(t.actedOnNotBefore(previousActedOn as string));
      const end = getFieldValue('noticeEnd') as Dayjs | undefined;
      if (step.recordsNotice && end && value.isBefore(end, 'day')) return reject(t.actedOnAfterNotice);
      return Promise.resolve();
    },
  });
  const noteRule: Rule = ({ getFieldValue }) => ({
    validator(_, value: string | undefined) {
      if (getFieldValue('outcome') !== 'REJECTED') return Promise.resolve();
      return (value?.trim().length ?? 0) >= 4 ? Promise.resolve() : reject(t.noteRequiredOnReject);
    },
  });
  const noticeStartRule: Rule = {
    validator(_, value: Dayjs | undefined) {
      if (!value) return reject(t.noticeRequired);
      if (previous && value.isBefore(previous, 'day')) return reject(t.noticeStartTooEarly(previousActedOn as string));
      return Promise.resolve();
    },
  };
  const noticeEndRule: Rule = ({ getFieldValue }) => ({
    validator(_, value: Dayjs | undefined) {
      if (!value) return reject(t.noticeRequired);
      const start = getFieldValue('noticeStart') as Dayjs | undefined;
      if (!start) return Promise.resolve();
      if (value.isBefore(start, 'day')) return reject(t.noticeEndBeforeStart);
      const days = noticeDays(start, value);
      return days >= minDays ? Promise.resolve() : reject(t.noticeTooShort(minDays, days));
    },
  });

  return (
    <Form<StepValues>
      form={form}
      layout="vertical"
      initialValues={{ outcome: 'PASSED', actedOn: dayjs() }}
      onFinish={(v) => onSubmit(toStepSubmission(step, v))}
      onKeyDown={keepEnterFromSubmitting}
      aria-label={t.sectionNextStep(step.name)}
    >
      {errors.length > 0 ? (
        <Alert
          type="error"
          showIcon
          title={t.otherErrors}
          description={errors.join('；')}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Form.Item name="outcome" label={t.outcome} rules={[{ required: true, message: t.outcomeRequired }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={outcomesFor(step).map((o) => ({ value: o, label: labelOf(stepOutcomeLabels, o) }))}
        />
      </Form.Item>
      {step.recordsNotice ? (
        <>
          <Typography.Paragraph type="secondary" data-testid="notice-rule">
            {t.noticeRule(minDays)}
          </Typography.Paragraph>
          <Form.Item name="noticeStart" label={t.noticeStart} rules={[noticeStartRule]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="noticeEnd" label={t.noticeEnd} dependencies={['noticeStart']} rules={[noticeEndRule]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </>
      ) : null}
      <Form.Item
        name="actedOn"
        label={t.actedOn}
        dependencies={step.recordsNotice ? ['noticeEnd'] : undefined}
        rules={[actedOnRule]}
      >
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) => d.isAfter(dayjs(), 'day') || Boolean(previous && d.isBefore(previous, 'day'))}
        />
      </Form.Item>
      {step.requiredAttachments.map((kind) => (
        <Form.Item
          key={kind}
          name={['attachments', kind]}
          label={labelOf(attachmentKindLabels, kind)}
          rules={[{ required: true, message: t.requiredAttachment(labelOf(attachmentKindLabels, kind)) }]}
        >
          <AttachmentUpload caseId={caseId} kind={kind} />
        </Form.Item>
      ))}
      <Form.Item
        name="note"
        label={t.note}
        dependencies={['outcome']}
        rules={[noteRule, { max: 1000 }]}
        required={outcome === 'REJECTED'}
      >
        <Input.TextArea rows={3} maxLength={1000} placeholder={t.notePlaceholder} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={submitting} danger={outcome === 'REJECTED'}>
        {t.submitStep(step.name)}
      </Button>
    </Form>
  );
}
