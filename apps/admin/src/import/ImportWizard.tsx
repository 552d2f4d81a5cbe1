import { Card, Space, Spin, Steps } from 'antd';
import { type ReactNode, useEffect, useEffectEvent, useState } from 'react';
import { useSearchState } from '../lib/useSearchState';
import { CheckCard } from './components/CheckCard';
import { ResultCard } from './components/ResultCard';
import { CheckingCard, RunProgress, UnreachableAlert } from './components/RunProgress';
import { TemplateCard, UploadCard } from './components/UploadStep';
import {
  checkImport,
  commitImport,
  getImport,
  IMPORT_POLLING,
  type ImportBatch,
  type ImportDataset,
  ImportError,
  ImportUnreachable,
  isRunning,
  refuseFile,
  waitForImport,
} from './importApi';
import { importText as t } from './locale';
import { leftRunning, refusalOf, START, type Stage, stateOf, stepsOf, type WizardState } from './wizardState';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const stageOf = (batch: ImportBatch): Stage =>
  batch.status === 'COMMITTING' || batch.status === 'COMMITTED' ? 'commit' : 'check';

const STEP_ITEMS = [
  { title: t.stepTemplate, content: t.stepTemplateHint },
  { title: t.stepUpload, content: t.stepUploadHint },
  { title: t.stepCheck, content: t.stepCheckHint },
  { title: t.stepResult, content: t.stepResultHint },
];

export interface ImportWizardProps {
  dataset: ImportDataset;
  /** The list the records live in (项目库) and its path, for the way back. */
  listName: string;
  listPath: string;
  /** What the template card adds about importing an exported file of this list. */
  exportedNote?: ReactNode;
  /** A committed batch was shown: the cache may still hold the records as they were. */
  onCommitted?: (batch: ImportBatch) => void;
}

/**
 * 导入: ① the template, ② one .xlsx uploaded for a check that writes nothing, ③ every problem by
 * row and column, or what would change and 确认导入, ④ the commit, all or nothing. The check and the
 * commit run in the background on the server: the wizard polls the batch and shows its progress,
 * and picks it up again after a reload or when the clerk comes back.
 */
export function ImportWizard({ dataset, listName, listPath, exportedNote, onCommitted }: ImportWizardProps) {
  // The batch's id stays in the URL, so that a reload or the back button shows it again.
  const [params, update] = useSearchState();
  const [state, setState] = useState<WizardState>(() => {
    const id = params.get('batch');
    if (id) return { phase: 'loading', id, resumed: false, unreachable: false };
    const left = leftRunning.get(dataset);
    return left ? { phase: 'loading', id: left, resumed: true, unreachable: false } : START;
  });

  /** Shows a batch as the API answered it; `from` is the run it was seen in. */
  const show = (batch: ImportBatch, from?: Stage) => {
    if (isRunning(batch)) leftRunning.set(dataset, batch.id);
    else leftRunning.forget(dataset, batch.id);
    // Also when the commit finished while the clerk was elsewhere: lists read meanwhile are stale.
    if (batch.status === 'COMMITTED') onCommitted?.(batch);
    setState(stateOf(batch, from));
  };

  const restart = () => {
    leftRunning.forget(dataset);
    update({ batch: null }, { replace: true });
    setState(START);
  };

  const retry = () =>
    setState((s) => (s.phase === 'loading' || s.phase === 'running' ? { ...s, unreachable: false } : s));

  // Polls while a batch is being read back or runs; leaving the page stops the polling, not the run.
  let pollId: string | null = null;
  if (state.phase === 'loading' && !state.unreachable) pollId = state.id;
  if (state.phase === 'running' && !state.unreachable) pollId = state.batch.id;

  const settled = useEffectEvent((batch: ImportBatch, from: Stage | undefined, signal: AbortSignal) => {
    if (!signal.aborted) show(batch, from);
  });

  const failed = useEffectEvent((error: unknown, resumed: boolean, signal: AbortSignal) => {
    if (signal.aborted) return;
    if (error instanceof ImportUnreachable) {
      setState((s) => (s.phase === 'loading' || s.phase === 'running' ? { ...s, unreachable: true } : s));
      return;
    }
    // The batch is gone or not the viewer's: start over (quietly when it was only left running here).
    leftRunning.forget(dataset);
    update({ batch: null }, { replace: true });
    setState(resumed ? START : { phase: 'upload', busyWith: null, error: messageOf(error) });
  });

  const poll = useEffectEvent((id: string, signal: AbortSignal) => {
    const loading = state.phase === 'loading' ? state : null;
    // Left running earlier (no `?batch=` yet): into the URL, for a reload.
    if (loading?.resumed) update({ batch: id }, { replace: true });
    let from = state.phase === 'running' ? stageOf(state.batch) : undefined;
    const answered = (batch: ImportBatch) => {
      if (signal.aborted) return;
      from = stageOf(batch);
      leftRunning.set(dataset, batch.id);
      setState({ phase: 'running', batch, unreachable: false });
    };
    // A batch read back is asked about at once; a run just queued (or asked again) after a moment.
    const firstDelayMs = loading ? 0 : IMPORT_POLLING.intervalMs;
    waitForImport(id, { signal, onProgress: answered, firstDelayMs }).then(
      (batch) => settled(batch, from, signal),
      (error) => failed(error, loading?.resumed ?? false, signal),
    );
  });

  useEffect(() => {
    if (!pollId) return;
    const controller = new AbortController();
    poll(pollId, controller.signal);
    return () => controller.abort();
  }, [pollId]);

  const onFile = async (file: File) => {
    const refused = refuseFile(file);
    if (refused) {
      setState({ phase: 'upload', busyWith: null, error: refused });
      return;
    }
    setState({ phase: 'upload', busyWith: file, error: null });
    try {
      const batch = await checkImport({ dataset, file });
      update({ batch: batch.id }, { replace: true });
      show(batch, 'check');
    } catch (error) {
      setState({ phase: 'upload', busyWith: null, error: messageOf(error) });
    }
  };

  const onCommit = async (batch: ImportBatch) => {
    setState({ phase: 'check', batch, committing: true, error: null });
    try {
      show(await commitImport(batch.id), 'commit');
    } catch (error) {
      if (error instanceof ImportError && error.status === 409 && error.reason === 'DUPLICATE') {
        // Committed already (in another tab, or by a click that got there first): show what it did.
        const committed = await getImport(batch.id).catch(() => null);
        if (committed?.status === 'COMMITTED') {
          show(committed, 'commit');
          return;
        }
      }
      // A conflict is final for this batch (rejected, expired): start over.
      if (error instanceof ImportError && error.status === 409) {
        leftRunning.forget(dataset, batch.id);
        setState({ phase: 'result', stage: 'commit', outcome: { refusal: refusalOf(error) } });
      } else setState({ phase: 'check', batch, committing: false, error: messageOf(error) });
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Steps {...stepsOf(state)} items={STEP_ITEMS} size="small" data-testid="import-steps" />
      {state.phase === 'loading' ? (
        <Card size="small">
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Spin spinning={!state.unreachable} description={t.loadingBatch}>
              <div style={{ height: 120 }} />
            </Spin>
            {state.unreachable ? <UnreachableAlert onRetry={retry} /> : null}
          </Space>
        </Card>
      ) : null}
      {state.phase === 'upload' ? (
        <>
          <TemplateCard dataset={dataset} note={exportedNote} />
          <UploadCard busyWith={state.busyWith} error={state.error} onFile={onFile} />
        </>
      ) : null}
      {state.phase === 'running' && state.batch.status === 'CHECKING' ? (
        <CheckingCard batch={state.batch} unreachable={state.unreachable} onRetry={retry} />
      ) : null}
      {state.phase === 'running' && state.batch.status === 'COMMITTING' ? (
        // What is being written, the buttons off, and how far the commit has got.
        <CheckCard
          batch={state.batch}
          committing
          progress={<RunProgress batch={state.batch} unreachable={state.unreachable} onRetry={retry} />}
          error={null}
          onCommit={() => undefined}
          onUploadAgain={restart}
        />
      ) : null}
      {state.phase === 'check' ? (
        <CheckCard
          batch={state.batch}
          committing={state.committing}
          error={state.error}
          onCommit={() => onCommit(state.batch)}
          onUploadAgain={restart}
        />
      ) : null}
      {state.phase === 'result' ? (
        <ResultCard outcome={state.outcome} listName={listName} listPath={listPath} onUploadAgain={restart} />
      ) : null}
    </Space>
  );
}
