import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Progress, Space, Typography } from 'antd';
import { commonText } from '../../lib/locale';
import { IMPORT_POLLING, type ImportBatch } from '../importApi';
import { importText as t } from '../locale';

const count = new Intl.NumberFormat('zh-CN');

/** What a running check or commit says: its rows so far of all, or that the file is still being read. */
export function progressText(batch: Pick<ImportBatch, 'status' | 'progress'>): string {
  const { done, total } = batch.progress;
  if (total === null) return t.readingFile;
  const rows = batch.status === 'COMMITTING' ? t.committingRows : t.checkingRows;
  return rows(count.format(done), count.format(total));
}

/** Polling gave up after a long time without an answer: ask again, or reload the page. */
export function UnreachableAlert({ onRetry }: { onRetry: () => void }) {
  return (
    <Alert
      type="warning"
      showIcon
      title={t.unreachableTitle}
      description={t.unreachable(Math.round(IMPORT_POLLING.unreachableAfterMs / 60_000))}
      data-testid="import-unreachable"
      action={
        <Space orientation="vertical">
          <Button size="small" type="primary" onClick={onRetry}>
            {commonText.retry}
          </Button>
          <Button size="small" icon={<ReloadOutlined />} onClick={() => window.location.reload()}>
            {t.refresh}
          </Button>
        </Space>
      }
    />
  );
}

export interface RunProgressProps {
  /** CHECKING or COMMITTING, as last read. */
  batch: ImportBatch;
  /** Polling has given up for now. */
  unreachable: boolean;
  onRetry: () => void;
}

/** The bar of a check or commit running on the server, with the rows so far in words. */
export function RunProgress({ batch, unreachable, onRetry }: RunProgressProps) {
  const committing = batch.status === 'COMMITTING';
  const { done, total } = batch.progress;
  const percent = total ? Math.min(100, Math.floor((done * 100) / total)) : 0;
  const text = progressText(batch);
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }} data-testid="import-progress">
      <Progress
        percent={percent}
        status={unreachable ? 'normal' : 'active'}
        aria-label={committing ? t.commitProgress : t.checkProgress}
        aria-valuetext={text}
      />
      <Typography.Text>{text}</Typography.Text>
      <Typography.Text type="secondary">
        {committing ? t.committingInBackground : t.checkingInBackground}
      </Typography.Text>
      {unreachable ? <UnreachableAlert onRetry={onRetry} /> : null}
    </Space>
  );
}

/** ③ while the check runs: the file and how far the check has got. */
export function CheckingCard({ batch, unreachable, onRetry }: RunProgressProps) {
  return (
    <Card size="small" title={t.checkTitle}>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t.fileLine(batch.fileName, t.size(batch.byteSize))}</Typography.Text>
        <RunProgress batch={batch} unreachable={unreachable} onRetry={onRetry} />
      </Space>
    </Card>
  );
}
