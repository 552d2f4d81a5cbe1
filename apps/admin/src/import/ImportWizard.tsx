import { Card, Space, Spin, Steps, type StepsProps } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useSearchState } from '../lib/useSearchState';
import { CheckCard } from './components/CheckCard';
import { ResultCard, type ResultCardProps } from './components/ResultCard';
import { TemplateCard, UploadCard } from './components/UploadStep';
import {
  checkImport,
  commitImport,
  getImport,
  type ImportBatch,
  type ImportDataset,
  ImportError,
  refuseFile,
} from './importApi';
import { importText as t } from './locale';

type State =
  | { phase: 'loading'; id: string }
  | { phase: 'upload'; busyWith: File | null; error: string | null }
  | { phase: 'check'; batch: ImportBatch; committing: boolean; error: string | null }
  | { phase: 'result'; outcome: ResultCardProps['outcome'] };

const START: State = { phase: 'upload', busyWith: null, error: null };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Where a batch read back from the API belongs. */
const stateOf = (batch: ImportBatch): State =>
  batch.status === 'COMMITTED'
    ? { phase: 'result', outcome: { batch } }
    : { phase: 'check', batch, committing: false, error: null };

function stepsOf(state: State): Pick<StepsProps, 'current' | 'status'> {
  switch (state.phase) {
    case 'loading':
      return { current: 2, status: 'process' };
    case 'upload':
      return { current: 1, status: state.error ? 'error' : 'process' };
    case 'check':
      return { current: 2, status: state.batch.status === 'REJECTED' || state.error ? 'error' : 'process' };
    case 'result':
      return { current: 3, status: 'error' in state.outcome ? 'error' : 'finish' };
  }
}

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
  /** After a commit: the cache still holds the records as they were. */
  onCommitted?: (batch: ImportBatch) => void;
}

/**
 * 导入: ① the template, ② one .xlsx uploaded for a check that writes nothing, ③ every problem by
 * row and column, or what would change and 确认导入, ④ the commit, all or nothing.
 */
export function ImportWizard({ dataset, listName, listPath, exportedNote, onCommitted }: ImportWizardProps) {
  // The batch's id stays in the URL, so that a reload or the back button shows it again.
  const [params, update] = useSearchState();
  const [state, setState] = useState<State>(() => {
    const id = params.get('batch');
    return id ? { phase: 'loading', id } : START;
  });
  const restart = () => {
    update({ batch: null }, { replace: true });
    setState(START);
  };

  const loadingId = state.phase === 'loading' ? state.id : null;
  useEffect(() => {
    if (!loadingId) return;
    let live = true;
    getImport(loadingId).then(
      (batch) => live && setState(stateOf(batch)),
      (error) => {
        if (!live) return;
        update({ batch: null }, { replace: true });
        setState({ phase: 'upload', busyWith: null, error: messageOf(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [loadingId, update]);

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
      setState(stateOf(batch));
    } catch (error) {
      setState({ phase: 'upload', busyWith: null, error: messageOf(error) });
    }
  };

  const onCommit = async (batch: ImportBatch) => {
    setState({ phase: 'check', batch, committing: true, error: null });
    try {
      const done = await commitImport(batch.id);
      onCommitted?.(done);
      setState({ phase: 'result', outcome: { batch: done } });
    } catch (error) {
      // A conflict is final for this batch (imported already, rejected, or the data moved on): start over.
      if (error instanceof ImportError && error.status === 409) setState({ phase: 'result', outcome: { error } });
      else setState({ phase: 'check', batch, committing: false, error: messageOf(error) });
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Steps {...stepsOf(state)} items={STEP_ITEMS} size="small" data-testid="import-steps" />
      {state.phase === 'loading' ? (
        <Card size="small">
          <Spin description={t.loadingBatch}>
            <div style={{ height: 120 }} />
          </Spin>
        </Card>
      ) : null}
      {state.phase === 'upload' ? (
        <>
          <TemplateCard dataset={dataset} note={exportedNote} />
          <UploadCard busyWith={state.busyWith} error={state.error} onFile={onFile} />
        </>
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
