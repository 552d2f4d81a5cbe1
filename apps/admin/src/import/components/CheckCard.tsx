import { CheckOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { ImportBatch } from '../importApi';
import { importText as t } from '../locale';
import { ProblemTable } from './ProblemTable';

export interface CheckCardProps {
  batch: ImportBatch;
  /** While the commit is asked for and runs: the buttons are off. */
  committing: boolean;
  /** The running commit's bar, shown under the buttons. */
  progress?: ReactNode;
  /** Why the last commit failed, when it was not a conflict (network, session …): it can be tried again. */
  error: string | null;
  onCommit: () => void;
  onUploadAgain: () => void;
}

/** ③ What the dry run found: every problem by row and column, or what a commit would change. */
export function CheckCard({ batch, committing, progress, error, onCommit, onUploadAgain }: CheckCardProps) {
  const again = (
    <Button icon={<ReloadOutlined />} onClick={onUploadAgain} disabled={committing}>
      {t.uploadAgain}
    </Button>
  );
  return (
    <Card size="small" title={t.checkTitle} data-testid="import-check">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t.fileLine(batch.fileName, t.size(batch.byteSize))}</Typography.Text>
        {batch.status === 'REJECTED' ? (
          <>
            <Alert type="error" showIcon title={t.rejected(batch.problemCount)} description={t.rejectedHint} />
            {batch.problemCount > batch.problems.length ? (
              <Typography.Text type="warning">
                {t.moreProblems(batch.problems.length, batch.problemCount)}
              </Typography.Text>
            ) : null}
            <ProblemTable problems={batch.problems} />
            {again}
          </>
        ) : (
          <CheckedSummary batch={batch} committing={committing} onCommit={onCommit} again={again} />
        )}
        {progress}
        {error ? <Alert type="error" showIcon title={t.commitFailed} description={error} /> : null}
      </Space>
    </Card>
  );
}

function CheckedSummary({
  batch,
  committing,
  onCommit,
  again,
}: {
  batch: ImportBatch;
  committing: boolean;
  onCommit: () => void;
  again: ReactNode;
}) {
  const nothing = batch.created + batch.updated === 0;
  return (
    <>
      <Alert
        type="success"
        showIcon
        title={t.summary(batch)}
        description={t.checkedHint}
        data-testid="import-summary"
      />
      <Space wrap>
        <Button
          type="primary"
          icon={<CheckOutlined />}
          loading={committing}
          disabled={nothing || committing}
          onClick={onCommit}
        >
          {t.commit}
        </Button>
        {again}
        {nothing ? <Typography.Text type="secondary">{t.nothingToCommit}</Typography.Text> : null}
      </Space>
    </>
  );
}
