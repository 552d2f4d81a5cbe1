import type { Dayjs } from 'dayjs';
import type { ProcedureStep } from '../caseTypes';

/** Days of a notice period, both ends included (a notice from the 1st to the 5th is 5 days). */
export function noticeDays(start: Dayjs, end: Dayjs): number {
  return end.startOf('day').diff(start.startOf('day'), 'day') + 1;
}

/** Outcomes a step offers: 不通过 only where the procedure lets the step reject. */
export function outcomesFor(step: Pick<ProcedureStep, 'canReject'>): ('PASSED' | 'REJECTED')[] {
  return step.canReject ? ['PASSED', 'REJECTED'] : ['PASSED'];
}

/** The shortest notice the step takes (at least a day). */
export function minimumNoticeDays(step: Pick<ProcedureStep, 'minimumDays'>): number {
  return Math.max(step.minimumDays ?? 1, 1);
}
