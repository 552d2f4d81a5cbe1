import { ImportPage } from '../../import/ImportPage';
import { layoutText } from '../../layout/locale';
import { householdText as t } from './locale';

/** 导入农户及家庭成员: one row per person, matched on the ID number, checked first, then written all or nothing. */
export function HouseholdImportPage() {
  return (
    <ImportPage
      dataset="HOUSEHOLDS"
      title={t.importTitle}
      sub={t.importSub}
      listName={layoutText.menuHouseholds}
      listPath="/monitoring/households"
      note={t.importTemplateNote}
      stale={['households', 'household', 'monitoringSummary', 'auditLog']}
    />
  );
}
