import { ImportPage } from '../../import/ImportPage';
import { layoutText } from '../../layout/locale';
import { evictStationing } from './components/evictStationing';
import { stationingText as t } from './locale';

/** 导入工作队员: a spreadsheet of member terms (到岗, 离队), checked first, then written all or nothing. */
export function TeamImportPage() {
  return (
    <ImportPage
      dataset="WORK_TEAM_MEMBERS"
      title={t.importTitle}
      sub={t.importSub}
      listName={layoutText.menuWorkTeams}
      listPath="/stationing/teams"
      note={t.importNote}
      // Teams read before the import hold their old members; the change logs lack the import's records.
      stale={['workTeam', 'auditLog']}
      onStale={evictStationing}
    />
  );
}
