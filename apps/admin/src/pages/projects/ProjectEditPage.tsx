import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Result } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { PageLoading } from '../../layout/PageLoading';
import { commonText } from '../../lib/locale';
import { ProjectForm } from './components/ProjectForm';
import { fromProject, toProjectInput } from './components/projectFormValues';
import { projectText as t } from './locale';
import { ProjectEditQuery, TownsQuery, UpdateProjectMutation } from './projects.graphql';

/** 编辑项目: saves with the version read, so a concurrent change is refused (CONFLICT), not overwritten. */
export function ProjectEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const towns = useQuery(TownsQuery, { fetchPolicy: 'cache-first' });
  const { data, loading, error, refetch } = useQuery(ProjectEditQuery, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const [update] = useMutation(UpdateProjectMutation);

  if (error && !data) return <QueryError error={error} onRetry={() => refetch()} />;
  if (loading && !data) return <PageLoading />;
  const project = data?.project;
  if (!project) {
    return (
      <Result
        status="404"
        title={t.notFound}
        extra={
          <Link to="/projects">
            <Button>{commonText.back}</Button>
          </Link>
        }
      />
    );
  }

  return (
    <div>
      <PageHeader title={t.editTitle} sub={`${project.code} · ${project.name}`} />
      <ProjectForm
        // Remount with fresh values after a reload.
        key={`${project.id}:${project.version}`}
        towns={towns.data?.towns ?? []}
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
