import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Space } from 'antd';
import { useState } from 'react';
import { Permission } from '../../auth/permissions';
import { useCan, useTownScope } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { PageLoading } from '../../layout/PageLoading';
import { EastWestHeadline } from './components/EastWestHeadline';
import { EnterpriseFormModal } from './components/EnterpriseFormModal';
import { type EnterpriseRow, EnterpriseTable } from './components/EnterpriseTable';
import { RecordInvestmentModal } from './components/RecordInvestmentModal';
import { EastWestQuery } from './industry.graphql';
import { industryText as t } from './locale';

/**
 * 东西部协作: the Jiangsu partner enterprises, what they invested and the jobs they give. Registering
 * them is district work (east-west:write): everyone else reads, and the API refuses their writes too.
 */
export function EastWestPage() {
  const can = useCan();
  const town = useTownScope();
  const withProjects = can(Permission.projectRead);
  const { data, error, loading, refetch } = useQuery(EastWestQuery, { variables: { withProjects } });
  const [editing, setEditing] = useState<EnterpriseRow | 'new' | null>(null);
  const [investing, setInvesting] = useState<EnterpriseRow | null>(null);
  const canManage = can(Permission.eastWestWrite);

  return (
    <div>
      <PageHeader
        title={t.eastWestTitle}
        sub={t.eastWestSub}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t.createEnterprise}
            </Button>
          ) : null
        }
      />
      {error && !data ? (
        <QueryError error={error} onRetry={() => refetch()} />
      ) : !data ? (
        <PageLoading />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <EastWestHeadline summary={data.eastWestSummary} />
          {town && !canManage ? <Alert type="info" showIcon title={t.districtOnly} /> : null}
          <Card size="small">
            <EnterpriseTable
              rows={data.partnerEnterprises}
              loading={loading}
              onEdit={canManage ? setEditing : undefined}
              onInvest={canManage ? setInvesting : undefined}
            />
          </Card>
        </Space>
      )}
      {canManage ? (
        <>
          <EnterpriseFormModal
            target={editing}
            onClose={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              refetch();
            }}
          />
          <RecordInvestmentModal
            enterprise={investing}
            withProjects={withProjects}
            onClose={() => setInvesting(null)}
            onRecorded={() => {
              setInvesting(null);
              refetch();
            }}
          />
        </>
      ) : null}
    </div>
  );
}
