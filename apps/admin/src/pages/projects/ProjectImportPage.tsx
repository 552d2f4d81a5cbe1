import { ArrowLeftOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { Button } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { ImportWizard } from '../../import/ImportWizard';
import { layoutText } from '../../layout/locale';
import { projectText as t } from './locale';

/** 导入项目: a spreadsheet of projects, checked first, then written all or nothing. */
export function ProjectImportPage() {
  const client = useApolloClient();
  return (
    <div>
      <PageHeader
        title={t.importTitle}
        sub={t.importSub}
        extra={
          <Link to="/projects">
            <Button icon={<ArrowLeftOutlined />}>{layoutText.menuProjects}</Button>
          </Link>
        }
      />
      <ImportWizard
        dataset="PROJECTS"
        listName={layoutText.menuProjects}
        listPath="/projects"
        exportedNote={t.importExportedNote}
        onCommitted={(batch) => {
          if (batch.created + batch.updated === 0) return;
          // Lists, pages and change logs of projects were read before the import.
          for (const fieldName of ['projects', 'project', 'auditLog']) client.cache.evict({ fieldName });
          client.cache.gc();
        }}
      />
    </div>
  );
}
