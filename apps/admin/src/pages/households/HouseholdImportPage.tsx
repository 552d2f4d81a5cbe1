import { ArrowLeftOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { Button } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { ImportWizard } from '../../import/ImportWizard';
import { layoutText } from '../../layout/locale';
import { householdText as t } from './locale';

/** 导入农户及家庭成员: one row per person, matched on the ID number, checked first, then written all or nothing. */
export function HouseholdImportPage() {
  const client = useApolloClient();
  return (
    <div>
      <PageHeader
        title={t.importTitle}
        sub={t.importSub}
        extra={
          <Link to="/monitoring/households">
            <Button icon={<ArrowLeftOutlined />}>{layoutText.menuHouseholds}</Button>
          </Link>
        }
      />
      <ImportWizard
        dataset="HOUSEHOLDS"
        listName={layoutText.menuHouseholds}
        listPath="/monitoring/households"
        exportedNote={t.importTemplateNote}
        onCommitted={(batch) => {
          if (batch.created + batch.updated === 0) return;
          // The register's lists, households and change logs were read before the import.
          for (const fieldName of ['households', 'household', 'monitoringSummary', 'auditLog']) {
            client.cache.evict({ fieldName });
          }
          client.cache.gc();
        }}
      />
    </div>
  );
}
