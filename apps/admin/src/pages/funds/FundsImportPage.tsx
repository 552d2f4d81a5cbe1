import { ImportPage } from '../../import/ImportPage';
import { layoutText } from '../../layout/locale';
import { fundText as t } from './locale';

const PAGES = {
  FUND_ALLOCATIONS: {
    title: t.importAllocationsTitle,
    sub: t.importAllocationsSub,
    note: t.importAllocationsNote,
    list: '/funds?tab=allocations',
  },
  DISBURSEMENTS: {
    title: t.importDisbursementsTitle,
    sub: t.importDisbursementsSub,
    note: t.importDisbursementsNote,
    list: '/funds?tab=disbursements',
  },
} as const;

/** 导入资金安排 / 导入资金支出: a spreadsheet checked first, then written all or nothing. */
export function FundsImportPage({ dataset }: { dataset: keyof typeof PAGES }) {
  const page = PAGES[dataset];
  return (
    <ImportPage
      dataset={dataset}
      title={page.title}
      sub={page.sub}
      listName={layoutText.menuFunds}
      listPath={page.list}
      note={page.note}
      // Money moved: every list, total and change log read before the import is stale.
      stale={[
        'fundAllocations',
        'fundAllocation',
        'disbursements',
        'fundSources',
        'fundSource',
        'projects',
        'project',
        'fundingSummary',
        'auditLog',
      ]}
    />
  );
}

export function AllocationsImportPage() {
  return <FundsImportPage dataset="FUND_ALLOCATIONS" />;
}

export function DisbursementsImportPage() {
  return <FundsImportPage dataset="DISBURSEMENTS" />;
}
