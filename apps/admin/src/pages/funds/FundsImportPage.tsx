import { ArrowLeftOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { Button } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { ImportWizard } from '../../import/ImportWizard';
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
  const client = useApolloClient();
  const page = PAGES[dataset];
  return (
    <div>
      <PageHeader
        title={page.title}
        sub={page.sub}
        extra={
          <Link to={page.list}>
            <Button icon={<ArrowLeftOutlined />}>{layoutText.menuFunds}</Button>
          </Link>
        }
      />
      <ImportWizard
        dataset={dataset}
        listName={layoutText.menuFunds}
        listPath={page.list}
        exportedNote={page.note}
        onCommitted={(batch) => {
          if (batch.created + batch.updated === 0) return;
          // Money moved: every list, total and change log read before the import is stale.
          for (const fieldName of [
            'fundAllocations',
            'fundAllocation',
            'disbursements',
            'fundSources',
            'fundSource',
            'projects',
            'project',
            'fundingSummary',
            'auditLog',
          ]) {
            client.cache.evict({ fieldName });
          }
          client.cache.gc();
        }}
      />
    </div>
  );
}

export function AllocationsImportPage() {
  return <FundsImportPage dataset="FUND_ALLOCATIONS" />;
}

export function DisbursementsImportPage() {
  return <FundsImportPage dataset="DISBURSEMENTS" />;
}
