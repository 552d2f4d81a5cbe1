import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, type ButtonProps, Modal, Progress, Space, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Permission } from '../auth/permissions';
import { useCan } from '../auth/viewer';
import type { ExportDataset, ExportJobFieldsFragment } from '../gql/graphql';
import { readServerError } from '../lib/serverErrors';
import { ExportJobQuery, StartExportMutation } from './export.graphql';
import { exportText as t } from './locale';

const FINAL = new Set(['SUCCEEDED', 'FAILED']);

/** What a download link for a finished export says: its file name and size. */
export function DownloadLink({ job, primary = false }: { job: ExportJobFieldsFragment; primary?: boolean }) {
  if (!job.downloadUrl) return null;
  return (
    <Button
      type={primary ? 'primary' : 'link'}
      icon={<DownloadOutlined />}
      href={job.downloadUrl}
      download={job.fileName}
      data-testid="export-download"
    >
      {`${t.download} ${job.fileName}${job.byteSize ? `（${t.size(job.byteSize)}）` : ''}`}
    </Button>
  );
}

/** Where an export has got to: a bar while it runs, then the file or the reason it failed. */
export function ExportStatus({ job }: { job: ExportJobFieldsFragment }) {
  if (job.status === 'FAILED') return <Alert type="error" showIcon title={t.failed} description={job.error ?? ''} />;
  if (job.status === 'SUCCEEDED') {
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Progress percent={100} status="success" />
        <Typography.Text>{t.succeeded(job.doneRows)}</Typography.Text>
        <DownloadLink job={job} primary />
      </Space>
    );
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Progress percent={Math.floor((job.progress ?? 0) * 100)} status="active" />
      <Typography.Text type="secondary">
        {job.status === 'QUEUED' ? t.queued : t.running(job.doneRows, job.totalRows ?? null)}
      </Typography.Text>
    </Space>
  );
}

function ExportProgressModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { data, error, stopPolling } = useQuery(ExportJobQuery, {
    variables: { id },
    pollInterval: 1000,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: false,
  });
  const job = data?.exportJob ?? null;
  const done = job ? FINAL.has(job.status) : false;
  useEffect(() => {
    if (done) stopPolling();
  }, [done, stopPolling]);
  return (
    <Modal
      open
      title={t.title(job?.title ?? '')}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t.close}</Button>}
      destroyOnHidden
    >
      <div data-testid="export-progress">
        {error ? <Alert type="error" showIcon title={readServerError(error).message} /> : null}
        {job ? <ExportStatus job={job} /> : <Progress percent={0} status="active" />}
        {done ? null : (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t.background}
          </Typography.Paragraph>
        )}
      </div>
    </Modal>
  );
}

/**
 * 导出 Excel for a list page: the page's own query variables (filter and sort) go to the API,
 * which writes every matching row, not only the page shown, in the background; the dialog follows
 * it and offers the file when it is ready.
 */
export function ExportButton({
  dataset,
  variables,
  size,
}: {
  dataset: ExportDataset;
  variables: Record<string, unknown>;
  /** `small` in a card's header. */
  size?: ButtonProps['size'];
}) {
  const can = useCan();
  const { message } = App.useApp();
  const [start, { loading }] = useMutation(StartExportMutation);
  const [jobId, setJobId] = useState<string | null>(null);
  if (!can(Permission.dataExport)) return null;
  const onClick = async () => {
    try {
      const { data } = await start({ variables: { input: { dataset, variables } } });
      if (data) setJobId(data.startExport.id);
    } catch (e) {
      message.error(readServerError(e).message);
    }
  };
  return (
    <>
      <Tooltip title={t.buttonHint}>
        <Button size={size} icon={<DownloadOutlined />} loading={loading} onClick={onClick}>
          {t.button}
        </Button>
      </Tooltip>
      {jobId ? <ExportProgressModal id={jobId} onClose={() => setJobId(null)} /> : null}
    </>
  );
}
