import type { MonitoringCaseDetailQuery, MonitoringStepFieldsFragment } from '../../gql/graphql';

/** A case as its page shows it. */
export type CaseDetail = NonNullable<MonitoringCaseDetailQuery['monitoringCase']>;
/** A step of the procedure as configured. */
export type ProcedureStep = MonitoringStepFieldsFragment;
/** A step that was recorded. */
export type DoneStep = CaseDetail['steps'][number];
export type CaseAttachment = CaseDetail['attachments'][number];

/** The date the last recorded step was done: the next one may not be dated before it. */
export function lastActedOn(c: Pick<CaseDetail, 'steps'>): string | null {
  const sorted = [...c.steps].sort((a, b) => a.position - b.position);
  return sorted.length > 0 ? sorted[sorted.length - 1].actedOn : null;
}
