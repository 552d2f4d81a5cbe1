import { useQuery } from '@apollo/client/react';
import { Card, Select } from 'antd';
import { useTownScope } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { PageLoading } from '../../layout/PageLoading';
import { TownsQuery } from '../../lib/places.graphql';
import { useSearchState } from '../../lib/useSearchState';
import { BoardColumn } from './components/BoardColumn';
import { monitoringText as t } from './locale';
import { MonitoringBoardQuery } from './monitoring.graphql';

/** Cards shown per step; the rest are a click away in the case list. */
const PER_COLUMN = 20;

/** 案件看板: one column per step still to be done, the most urgent cases first; district users pick a town. */
export function BoardPage() {
  const scope = useTownScope();
  const [params, update] = useSearchState();
  const townCode = scope ? undefined : (params.get('town') ?? undefined);
  const towns = useQuery(TownsQuery, { fetchPolicy: 'cache-first', skip: scope !== null });
  const { data, previousData, error, refetch } = useQuery(MonitoringBoardQuery, {
    variables: { townCode: townCode ?? null, perColumn: PER_COLUMN },
  });
  const shown = data ?? previousData;

  return (
    <div>
      <PageHeader
        title={t.boardTitle}
        sub={scope ? `${t.boardSub}（${scope.name}）` : t.boardSub}
        extra={
          scope ? null : (
            <Select
              aria-label={t.filterTown}
              placeholder={t.allTowns}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 180 }}
              value={townCode}
              options={towns.data?.towns.map((town) => ({ value: town.code, label: town.name })) ?? []}
              onChange={(v) => update({ town: v ?? null })}
            />
          )
        }
      />
      {error && !shown ? (
        <QueryError error={error} onRetry={() => refetch()} />
      ) : !shown ? (
        <PageLoading />
      ) : (
        <Card size="small" styles={{ body: { padding: 12 } }}>
          <div style={{ display: 'flex', alignItems: 'flex-start', gap: 12, overflowX: 'auto', paddingBottom: 8 }}>
            {shown.monitoringBoard.map((column) => (
              <BoardColumn key={column.step.code} column={column} townCode={townCode} />
            ))}
          </div>
        </Card>
      )}
    </div>
  );
}
