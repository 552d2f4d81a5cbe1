import { useMutation } from '@apollo/client/react';
import { nextProjectStatus, type ProjectStatus, projectStatusLabels } from '@hanbin/ui';
import { App, Button, Popconfirm, Tag } from 'antd';
import { useServerErrors } from '../../../lib/useServerErrors';
import { projectText as t } from '../locale';
import { AdvanceProjectStatusMutation } from '../projects.graphql';

export interface AdvanceStatusButtonProps {
  id: string;
  version: number;
  status: ProjectStatus;
  /** Reloads the project (after success, or when the user accepts a CONFLICT). */
  onChanged: () => void;
}

/** Moves the project to the next status, the only step allowed. */
export function AdvanceStatusButton({ id, version, status, onChanged }: AdvanceStatusButtonProps) {
  const { message } = App.useApp();
  const [advance, { loading }] = useMutation(AdvanceProjectStatusMutation);
  const showError = useServerErrors(undefined, { onReload: onChanged });
  const next = nextProjectStatus(status);
  if (!next) return <Tag color="purple">{t.finalStatus}</Tag>;

  const run = async () => {
    try {
      await advance({ variables: { id, version, to: next } });
      message.success(t.advanced(projectStatusLabels[next]));
      onChanged();
    } catch (e) {
      showError(e);
    }
  };

  return (
    <Popconfirm
      title={t.advance(projectStatusLabels[next])}
      description={t.advanceConfirm(projectStatusLabels[status], projectStatusLabels[next])}
      onConfirm={run}
    >
      <Button type="primary" loading={loading}>
        {t.advance(projectStatusLabels[next])}
      </Button>
    </Popconfirm>
  );
}
