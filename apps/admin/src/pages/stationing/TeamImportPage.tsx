import { ArrowLeftOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { Button } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { ImportWizard } from '../../import/ImportWizard';
import { layoutText } from '../../layout/locale';
import { evictStationing } from './components/evictStationing';
import { stationingText as t } from './locale';

/** 导入工作队员: a spreadsheet of member terms (到岗, 离队), checked first, then written all or nothing. */
export function TeamImportPage() {
  const client = useApolloClient();
  return (
    <div>
      <PageHeader
        title={t.importTitle}
        sub={t.importSub}
        extra={
          <Link to="/stationing/teams">
            <Button icon={<ArrowLeftOutlined />}>{layoutText.menuWorkTeams}</Button>
          </Link>
        }
      />
      <ImportWizard
        dataset="WORK_TEAM_MEMBERS"
        listName={layoutText.menuWorkTeams}
        listPath="/stationing/teams"
        exportedNote={t.importNote}
        onCommitted={(batch) => {
          if (batch.created + batch.updated === 0) return;
          // Teams read before the import hold their old members; the change logs lack the import's records.
          for (const fieldName of ['workTeam', 'auditLog']) client.cache.evict({ fieldName });
          evictStationing(client.cache);
        }}
      />
    </div>
  );
}
