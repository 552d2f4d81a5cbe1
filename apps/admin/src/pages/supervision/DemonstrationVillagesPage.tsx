import { useQuery } from '@apollo/client/react';
import { labelOf, villageCategoryLabels } from '@hanbin/ui';
import { Button, Card, Select, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useCallback, useMemo } from 'react';
import { useScopedTowns } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { ExportButton } from '../../export/ExportButton';
import type {
  DemonstrationVillageCursorsQuery as CursorsData,
  DemonstrationVillagesQuery as ListData,
  DemonstrationVillageRowFragment as Row,
} from '../../gql/graphql';
import { commonText } from '../../lib/locale';
import { pageChanges } from '../../lib/paging';
import { TownsQuery } from '../../lib/places.graphql';
import { usePagedTable } from '../../lib/usePagedTable';
import { useSearchState } from '../../lib/useSearchState';
import { readVillageListState } from './listState';
import { supervisionText as t } from './locale';
import {
  DemonstrationVillageCursorsQuery,
  DemonstrationVillagesQuery,
  SupervisionGroupsQuery,
} from './supervision.graphql';

const NONE: never[] = [];
const listConnection = (d: ListData) => d.villages;
const cursorConnection = (d: CursorsData) => d.villages;

function columns(groupOfTown: ReadonlyMap<string, string>): TableColumnsType<Row> {
  return [
    { title: t.villageName, dataIndex: 'name', width: 160 },
    { title: t.villageCode, dataIndex: 'code', width: 140 },
    { title: t.town, key: 'town', width: 130, render: (_, v) => v.town.name },
    {
      title: t.coveringGroup,
      key: 'group',
      width: 170,
      render: (_, v) => groupOfTown.get(v.town.code) ?? commonText.none,
    },
    {
      title: t.categories,
      key: 'categories',
      render: (_, v) => (
        <Space size={[4, 4]} wrap>
          {v.categories.map((c) => (
            <Tag key={c} color={c === 'DEMONSTRATION' ? 'green' : undefined}>
              {labelOf(villageCategoryLabels, c)}
            </Tag>
          ))}
        </Space>
      ),
    },
  ];
}

/** 乡村振兴示范村: the villages so marked, with their town, the group over it and their other categories. */
export function DemonstrationVillagesPage() {
  const [params, update] = useSearchState();
  const { filter, page, pageSize } = useMemo(() => readVillageListState(params), [params]);
  const variables = useMemo(() => ({ filter }), [filter]);
  const towns = useQuery(TownsQuery, { fetchPolicy: 'cache-first' });
  const townOptions = useScopedTowns(towns.data?.towns ?? NONE);
  const groups = useQuery(SupervisionGroupsQuery, { fetchPolicy: 'cache-first' });
  const groupOfTown = useMemo(
    () => new Map((groups.data?.supervisionGroups ?? []).flatMap((g) => g.towns.map((x) => [x.code, g.name] as const))),
    [groups.data],
  );
  const onPageChange = useCallback(
    (p: number, size: number) => update(pageChanges(p, size, pageSize)),
    [update, pageSize],
  );
  const { tableProps, error, refetch } = usePagedTable({
    query: DemonstrationVillagesQuery,
    cursorsQuery: DemonstrationVillageCursorsQuery,
    variables,
    connection: listConnection,
    cursorConnection,
    page,
    pageSize,
    onPageChange,
  });
  const cols = useMemo(() => columns(groupOfTown), [groupOfTown]);

  return (
    <div>
      <PageHeader
        title={t.villagesTitle}
        sub={t.villagesSub}
        extra={<ExportButton dataset="VILLAGES" variables={variables} />}
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Space wrap size={[12, 12]}>
            <Select
              aria-label={t.filterTown}
              placeholder={t.filterTown}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 180 }}
              value={params.get('town') ?? undefined}
              options={townOptions.map((x) => ({ value: x.code, label: x.name }))}
              onChange={(town) => update({ town: town ?? null, page: null })}
            />
            <Button onClick={() => update({ town: null, page: null })}>{commonText.reset}</Button>
          </Space>
        </Card>
        {error ? <QueryError error={error} onRetry={() => refetch()} /> : null}
        <Card size="small">
          <Table<Row> {...tableProps} rowKey="code" columns={cols} scroll={{ x: 900 }} />
        </Card>
      </Space>
    </div>
  );
}
