import { ImportPage } from '../../import/ImportPage';
import { layoutText } from '../../layout/locale';
import { projectText as t } from './locale';

/** 导入项目: a spreadsheet of projects, checked first, then written all or nothing. */
export function ProjectImportPage() {
  return (
    <ImportPage
      dataset="PROJECTS"
      title={t.importTitle}
      sub={t.importSub}
      listName={layoutText.menuProjects}
      listPath="/projects"
      note={t.importExportedNote}
      stale={['projects', 'project', 'auditLog']}
    />
  );
}
