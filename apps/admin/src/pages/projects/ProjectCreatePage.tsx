import { useMutation, useQuery } from '@apollo/client/react';
import { App } from 'antd';
import { useNavigate } from 'react-router';
import { useScopedTowns } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import { ProjectForm } from './components/ProjectForm';
import { toProjectInput } from './components/projectFormValues';
import { projectText as t } from './locale';
import { CreateProjectMutation, TownsQuery } from './projects.graphql';

const NO_TOWNS: never[] = [];

/** 新建项目: on success, opens the new project's page. */
export function ProjectCreatePage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const towns = useQuery(TownsQuery, { fetchPolicy: 'cache-first' });
  const townOptions = useScopedTowns(towns.data?.towns ?? NO_TOWNS);
  const [create] = useMutation(CreateProjectMutation, {
    // Every cached list may now be missing the new row.
    update: (cache) => cache.evict({ fieldName: 'projects' }),
  });

  return (
    <div>
      <PageHeader title={t.createTitle} />
      <ProjectForm
        towns={townOptions}
        submitText={t.create}
        onCancel={() => navigate('/projects')}
        onSubmit={async (values) => {
          const { data } = await create({ variables: { input: toProjectInput(values) } });
          if (!data) return;
          message.success(t.created(data.createProject.code));
          navigate(`/projects/${data.createProject.id}`);
        }}
      />
    </div>
  );
}
