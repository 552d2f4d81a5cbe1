import type { StepsProps } from 'antd';
import type { ImportBatch, ImportError, ImportProblem } from './importApi';
import { importText as t } from './locale';

/** The run a batch is in, or was last in: its check or its commit. */
export type Stage = 'check' | 'commit';

/** Why nothing was written: the commit refused (409, or the data moved on since the check) or the batch stopped. */
export interface Refusal {
  title: string;
  message: string;
  problems: ImportProblem[];
  /** Every problem; `problems` lists the first 1000. */
  problemCount: number;
}

/** ④ The committed batch, or why nothing was written. */
export type Outcome = { batch: ImportBatch } | { refusal: Refusal };

export type WizardState =
  /** A batch named by the URL (a reload, the back button) or left running on this page earlier, being read. */
  | { phase: 'loading'; id: string; resumed: boolean; unreachable: boolean }
  | { phase: 'upload'; busyWith: File | null; error: string | null }
  /** CHECKING or COMMITTING on the server; `unreachable` once polling has given up (it can be asked again). */
  | { phase: 'running'; batch: ImportBatch; unreachable: boolean }
  /** CHECKED or REJECTED; `committing` while the commit is being asked for. */
  | { phase: 'check'; batch: ImportBatch; committing: boolean; error: string | null }
  | { phase: 'result'; outcome: Outcome; stage: Stage };

export const START: WizardState = { phase: 'upload', busyWith: null, error: null };

/** A refused commit (409): committed already, rejected, failed or expired. */
export const refusalOf = (error: ImportError): Refusal => ({
  title: t.conflictTitle,
  message: error.message,
  problems: error.problems,
  problemCount: error.problems.length,
});

/**
 * Where a batch read from the API belongs. `from` is the run the wizard saw it in; without it (a
 * batch read back that had already stopped) a batch with rows had passed its check.
 */
export function stateOf(batch: ImportBatch, from?: Stage): WizardState {
  switch (batch.status) {
    case 'CHECKING':
    case 'COMMITTING':
      return { phase: 'running', batch, unreachable: false };
    case 'CHECKED':
      return { phase: 'check', batch, committing: false, error: null };
    case 'COMMITTED':
      return { phase: 'result', outcome: { batch }, stage: 'commit' };
    case 'REJECTED':
      // With an error it was refused at its commit (the data moved on) or expired; else its check found problems.
      if (!batch.error) return { phase: 'check', batch, committing: false, error: null };
      return {
        phase: 'result',
        stage: 'commit',
        outcome: {
          refusal: {
            title: t.conflictTitle,
            message: batch.error,
            problems: batch.problems,
            problemCount: batch.problemCount,
          },
        },
      };
    case 'FAILED': {
      const stage = from ?? (batch.rows > 0 ? 'commit' : 'check');
      return {
        phase: 'result',
        stage,
        outcome: {
          refusal: {
            title: stage === 'check' ? t.checkStopped : t.commitStopped,
            message: batch.error ?? t.stoppedUnknown,
            problems: [],
            problemCount: 0,
          },
        },
      };
    }
  }
}

export function stepsOf(state: WizardState): Pick<StepsProps, 'current' | 'status'> {
  switch (state.phase) {
    case 'loading':
      return { current: 2, status: 'process' };
    case 'upload':
      return { current: 1, status: state.error ? 'error' : 'process' };
    case 'running':
      return { current: state.batch.status === 'COMMITTING' ? 3 : 2, status: 'process' };
    case 'check':
      return { current: 2, status: state.batch.status === 'REJECTED' || state.error ? 'error' : 'process' };
    case 'result':
      if ('batch' in state.outcome) return { current: 3, status: 'finish' };
      return { current: state.stage === 'check' ? 2 : 3, status: 'error' };
  }
}

/**
 * The batch this tab left running, per dataset: a check or commit goes on on the server when the
 * clerk leaves the page, and coming back to 导入 (by the menu, without `?batch=`) shows it again.
 * Forgotten once its outcome has been shown.
 */
export const leftRunning = {
  key: (dataset: string) => `hanbin.import.running.${dataset}`,
  get(dataset: string): string | null {
    try {
      return sessionStorage.getItem(this.key(dataset));
    } catch {
      return null;
    }
  },
  set(dataset: string, id: string): void {
    try {
      sessionStorage.setItem(this.key(dataset), id);
    } catch {
      // Storage off (private mode): the URL still holds the batch.
    }
  },
  forget(dataset: string, id?: string): void {
    try {
      const key = this.key(dataset);
      if (id === undefined || sessionStorage.getItem(key) === id) sessionStorage.removeItem(key);
    } catch {
      // As above.
    }
  },
};
