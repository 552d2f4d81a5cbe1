import { ArrowLeftOutlined } from '@ant-design/icons';
import type { ApolloCache } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { ImportWizard } from './ImportWizard';
import type { ImportDataset } from './importApi';

export interface ImportPageProps {
  dataset: ImportDataset;
  title: string;
  sub: string;
  /** The list the records live in (项目库) and its path: the way back, and where the result points. */
  listName: string;
  listPath: string;
  /** What the template card adds for this dataset (importing an exported list, the key columns …). */
  note?: ReactNode;
  /** Root fields whose cached answers a commit that wrote something makes stale. */
  stale: string[];
  /** Anything else to forget after such a commit. */
  onStale?: (cache: ApolloCache) => void;
}

/** 导入 for one dataset: the page's header with the way back to its list, and the wizard. */
export function ImportPage({ dataset, title, sub, listName, listPath, note, stale, onStale }: ImportPageProps) {
  const client = useApolloClient();
  return (
    <div>
      <PageHeader
        title={title}
        sub={sub}
        extra={
          <Link to={listPath}>
            <Button icon={<ArrowLeftOutlined />}>{listName}</Button>
          </Link>
        }
      />
      <ImportWizard
        dataset={dataset}
        listName={listName}
        listPath={listPath}
        exportedNote={note}
        onCommitted={(batch) => {
          if (batch.created + batch.updated === 0) return;
          // The lists, records and change logs read before the import no longer hold.
          for (const fieldName of stale) client.cache.evict({ fieldName });
          onStale?.(client.cache);
          client.cache.gc();
        }}
      />
    </div>
  );
}
