import { useMutation, useQuery } from '@apollo/client/react';
import { App } from 'antd';
import { useNavigate } from 'react-router';
import { useScopedTowns } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import { commonText } from '../../lib/locale';
import { ProjectForm } from './components/ProjectForm';
import { fromProject, toProjectInput } from './components/projectFormValues';
import { projectText as t } from './locale';
import { ProjectEditQuery, TownsQuery, UpdateProjectMutation } from './projects.graphql';
import { useProjectQuery } from './useProjectQuery';

const NO_TOWNS: never[] = [];

/** 编辑项目: saves with the version read, so a concurrent change is refused (CONFLICT), not overwritten. */
export function ProjectEditPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const towns = useQuery(TownsQuery, { fetchPolicy: 'cache-first' });
  const townOptions = useScopedTowns(towns.data?.towns ?? NO_TOWNS);
  const { project, fallback, refetch } = useProjectQuery(ProjectEditQuery, 'network-only');
  const [update] = useMutation(UpdateProjectMutation);
  if (!project) return fallback;

  return (
    <div>
      <PageHeader title={t.editTitle} sub={`${project.code} · ${project.name}`} />
      <ProjectForm
        // Remount with fresh values after a reload.
        key={`${project.id}:${project.version}`}
        towns={townOptions}
        initialValues={fromProject(project)}
        submitText={commonText.save}
        onCancel={() => navigate(`/projects/${project.id}`)}
        onReload={() => refetch()}
        onSubmit={async (values) => {
          await update({
            variables: { id: project.id, input: { ...toProjectInput(values), version: project.version } },
          });
          message.success(t.saved);
          navigate(`/projects/${project.id}`);
        }}
      />
    </div>
  );
}
