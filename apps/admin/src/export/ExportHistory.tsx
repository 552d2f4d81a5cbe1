import { useQuery } from '@apollo/client/react';
import { Drawer, Empty, List, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { QueryError } from '../components/QueryError';
import { DownloadLink, ExportStatus } from './ExportButton';
import { MyExportsQuery } from './export.graphql';
import { exportText as t } from './locale';

const COLOR: Record<string, string> = {
  QUEUED: 'default',
  RUNNING: 'processing',
  SUCCEEDED: 'success',
  FAILED: 'error',
};

/** 导出记录: the viewer's exports of the last 24 hours, with their files. */
export function ExportHistory({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { data, error, refetch } = useQuery(MyExportsQuery, {
    variables: { limit: 20 },
    skip: !open,
    fetchPolicy: 'network-only',
    pollInterval: open ? 3000 : 0,
  });
  const jobs = data?.myExports ?? [];
  return (
    <Drawer open={open} onClose={onClose} title={t.history} size={480} destroyOnHidden>
      {error ? <QueryError error={error} onRetry={() => refetch()} /> : null}
      {data && jobs.length === 0 ? <Empty description={t.historyEmpty} /> : null}
      <List
        dataSource={jobs}
        rowKey="id"
        renderItem={(job) => (
          <List.Item>
            <Space orientation="vertical" style={{ width: '100%' }} size={4}>
              <Space wrap>
                <Typography.Text strong>{job.title}</Typography.Text>
                <Tag color={COLOR[job.status]}>{t.status[job.status] ?? job.status}</Tag>
                <Typography.Text type="secondary">{dayjs(job.createdAt).format('M月D日 HH:mm')}</Typography.Text>
              </Space>
              {job.status === 'SUCCEEDED' ? (
                <Space wrap>
                  <DownloadLink job={job} />
                  <Typography.Text type="secondary">
                    {t.succeeded(job.doneRows)} · {t.expiresAt(dayjs(job.expiresAt).format('M月D日 HH:mm'))}
                  </Typography.Text>
                </Space>
              ) : (
                <ExportStatus job={job} />
              )}
            </Space>
          </List.Item>
        )}
      />
    </Drawer>
  );
}
