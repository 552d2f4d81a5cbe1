import { labelOf, PROJECT_STATUSES, projectStatusLabels } from '@hanbin/ui';
import { Steps, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { projectText as t } from '../locale';
import type { ProjectDetail } from './ProjectInfo';

/** Where the project stands in its lifecycle, and every step it took (oldest first). */
export function StatusHistory({ project }: { project: ProjectDetail }) {
  const current = PROJECT_STATUSES.indexOf(project.status);
  const history = [...project.statusHistory].sort((a, b) => a.changedAt.localeCompare(b.changedAt));
  return (
    <div>
      <Steps
        size="small"
        current={current}
        // The last step done is finished, not in progress.
        status={current === PROJECT_STATUSES.length - 1 ? 'finish' : 'process'}
        items={PROJECT_STATUSES.map((s) => ({ title: projectStatusLabels[s] }))}
        style={{ marginBottom: 24 }}
      />
      <Timeline
        items={history.map((h) => ({
          key: h.id,
          content: (
            <div>
              <Typography.Text strong>
                {h.fromStatus
                  ? t.historyEntry(labelOf(projectStatusLabels, h.fromStatus), labelOf(projectStatusLabels, h.toStatus))
                  : t.historyCreated(labelOf(projectStatusLabels, h.toStatus))}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
                {h.effectiveOn} · {dayjs(h.changedAt).format('YYYY-MM-DD HH:mm')}
              </Typography.Text>
              {h.note ? <div>{h.note}</div> : null}
            </div>
          ),
        }))}
      />
    </div>
  );
}
