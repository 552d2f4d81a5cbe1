import type { RegionTown } from '@hanbin/ui';
import { Card, Space, Table, type TableColumnsType, type TableProps } from 'antd';
import { QueryError } from '../../../components/QueryError';
import type { SearchValue } from '../../../lib/useSearchState';
import { StationingFilters } from './StationingFilters';

export interface StationingListProps<Row> {
  params: URLSearchParams;
  towns: readonly RegionTown[];
  statusLabels: { active: string; ended: string };
  onFilterChange: (changes: Record<string, SearchValue>) => void;
  error: unknown;
  onRetry: () => void;
  tableProps: TableProps<Row>;
  columns: TableColumnsType<Row>;
  scrollX: number;
}

/** The filters above a server-paged table of teams or first secretaries, with the error between. */
export function StationingList<Row extends object>(props: StationingListProps<Row>) {
  const { params, towns, statusLabels, onFilterChange, error, onRetry, tableProps, columns, scrollX } = props;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <StationingFilters params={params} towns={towns} statusLabels={statusLabels} onChange={onFilterChange} />
      </Card>
      {error ? <QueryError error={error} onRetry={onRetry} /> : null}
      <Card size="small">
        <Table<Row> {...tableProps} columns={columns} scroll={{ x: scrollX }} />
      </Card>
    </Space>
  );
}
