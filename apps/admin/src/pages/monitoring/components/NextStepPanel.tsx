import { useMutation } from '@apollo/client/react';
import { Alert, App, Form } from 'antd';
import { useState } from 'react';
import { Permission } from '../../../auth/permissions';
import { useCan, useTownScope } from '../../../auth/viewer';
import { isStaleConflict } from '../../../lib/serverErrors';
import { useServerErrors } from '../../../lib/useServerErrors';
import { type CaseDetail, lastActedOn, type ProcedureStep } from '../caseTypes';
import { monitoringText as t } from '../locale';
import { RecordMonitoringStepMutation } from '../monitoring.graphql';
import { NextStepForm, type StepSubmission, type StepValues } from './NextStepForm';

/** Whether the viewer may record `step`: the district's step needs monitoring:approve and a district user. */
export function useMayRecord(): (step: Pick<ProcedureStep, 'actor'>) => boolean {
  const can = useCan();
  const town = useTownScope();
  return (step) =>
    step.actor === 'DISTRICT' ? can(Permission.monitoringApprove) && town === null : can(Permission.monitoringWrite);
}

/** The API's field name → the form's (materials sit under `attachments`). */
function stepFieldPath(field: string, step: ProcedureStep): (string | number)[] | null {
  const name = field.replace(/^input\./, '');
  if (name === 'attachmentIds')
    return step.requiredAttachments.length === 1 ? ['attachments', step.requiredAttachments[0]] : null;
  return [name];
}

/** The form for one step, with its own state: a new step mounts a fresh one. */
function StepRecorder({
  monitoringCase: c,
  step,
  onDone,
}: {
  monitoringCase: CaseDetail;
  step: ProcedureStep;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<StepValues>();
  const [errors, setErrors] = useState<string[]>([]);
  const [record, { loading }] = useMutation(RecordMonitoringStepMutation);
  const showError = useServerErrors(form, { mapField: (f) => stepFieldPath(f, step), onReload: onDone });

  const submit = async (input: StepSubmission) => {
    setErrors([]);
    try {
      await record({ variables: { input: { ...input, caseId: c.id, version: c.version } } });
      message.success(t.stepRecorded(step.name));
      onDone();
    } catch (e) {
      const { info, unmatched } = showError(e);
      if (!isStaleConflict(info)) setErrors(unmatched);
    }
  };

  return (
    <NextStepForm
      form={form}
      caseId={c.id}
      step={step}
      previousActedOn={lastActedOn(c)}
      submitting={loading}
      errors={errors}
      onSubmit={submit}
    />
  );
}

/**
 * 办理 the next step: the form for those who may record it; "待区级审定" for a town clerk at the
 * district's step; nothing to do once identification is over.
 */
export function NextStepPanel({ monitoringCase: c, onDone }: { monitoringCase: CaseDetail; onDone: () => void }) {
  const mayRecord = useMayRecord();
  const step = c.nextStep;
  if (c.status !== 'IDENTIFYING' || !step) return <Alert type="info" showIcon title={t.identificationOver} />;
  if (!mayRecord(step)) {
    return step.actor === 'DISTRICT' ? (
      <Alert type="warning" showIcon title={t.awaitingDistrict} description={t.awaitingDistrictBody} />
    ) : (
      <Alert type="info" showIcon title={t.readOnly} />
    );
  }
  return <StepRecorder key={step.code} monitoringCase={c} step={step} onDone={onDone} />;
}
