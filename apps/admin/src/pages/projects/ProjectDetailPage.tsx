import { EditOutlined } from '@ant-design/icons';
import { ProjectStatusTag } from '@hanbin/ui';
import { Button, Card, Space } from 'antd';
import { Link } from 'react-router';
import { Permission } from '../../auth/permissions';
import { useCan } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import { commonText } from '../../lib/locale';
import { AdvanceStatusButton } from './components/AdvanceStatusButton';
import { AllocationsTable } from './components/AllocationsTable';
import { ProjectChangeLog } from './components/ProjectChangeLog';
import { ProjectInfo } from './components/ProjectInfo';
import { StatusHistory } from './components/StatusHistory';
import { TargetsTable } from './components/TargetsTable';
import { projectText as t } from './locale';
import { ProjectDetailQuery } from './projects.graphql';
import { useProjectQuery } from './useProjectQuery';

/** One project: fields, money by source with payments, targets, status history. */
export function ProjectDetailPage() {
  const { project, fallback, refetch } = useProjectQuery(ProjectDetailQuery, 'cache-and-network');
  const can = useCan();
  if (!project) return fallback;

  return (
    <div>
      <PageHeader
        title={
          <Space>
            {project.name}
            <ProjectStatusTag status={project.status} />
          </Space>
        }
        sub={project.code}
        extra={
          can(Permission.projectWrite) ? (
            <Space>
              <Link to={`/projects/${project.id}/edit`}>
                <Button icon={<EditOutlined />}>{commonText.edit}</Button>
              </Link>
              <AdvanceStatusButton
                id={project.id}
                version={project.version}
                status={project.status}
                nextStatus={project.nextStatus}
                onChanged={() => refetch()}
              />
            </Space>
          ) : null
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card title={t.sectionBasic} size="small">
          <ProjectInfo project={project} />
        </Card>
        <Card title={t.sectionAllocations} size="small">
          <AllocationsTable allocations={project.allocations} />
        </Card>
        <Card title={t.sectionTargets} size="small">
          <TargetsTable targets={project.performanceTargets} />
        </Card>
        <Card title={t.sectionHistory} size="small">
          <StatusHistory project={project} />
        </Card>
        {can(Permission.auditRead) ? <ProjectChangeLog projectId={project.id} /> : null}
      </Space>
    </div>
  );
}
