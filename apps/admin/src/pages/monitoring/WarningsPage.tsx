import { useQuery } from '@apollo/client/react';
import { enumOptions, WARNING_RULES, warningRuleLabels } from '@hanbin/ui';
import { Card, Select, Space, Table } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Permission } from '../../auth/permissions';
import { useCan, useScopedTowns } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { ExportButton } from '../../export/ExportButton';
import type {
  MonitoringWarningCursorsQuery as CursorsData,
  MonitoringWarningListQuery as ListData,
  MonitoringWarningFilter,
  MonitoringWarningRowFragment as Row,
} from '../../gql/graphql';
import { DEFAULT_PAGE_SIZE, pageChanges } from '../../lib/paging';
import { TownsQuery } from '../../lib/places.graphql';
import { usePagedTable } from '../../lib/usePagedTable';
import { enumParam, intParam, useSearchState } from '../../lib/useSearchState';
import { OpenCaseModal, type OpenCaseValues } from './components/OpenCaseModal';
import { warningColumns } from './components/warningColumns';
import { monitoringText as t } from './locale';
import { MonitoringWarningCursorsQuery, MonitoringWarningListQuery } from './monitoring.graphql';

const NO_TOWNS: never[] = [];
const listConnection = (d: ListData) => d.monitoringWarnings;
const cursorConnection = (d: CursorsData) => d.monitoringWarnings;

interface Opening {
  household: { id: string; headName: string };
  defaults: Partial<OpenCaseValues>;
}

/** What a low-income warning prefills in 发起监测: found by the platform, income dropped, the figures. */
export function openingFor(w: Row): Opening {
  return {
    household: { id: w.household.id, headName: w.household.headName },
    defaults: {
      channel: 'PLATFORM_ANALYSIS',
      riskKinds: ['INCOME_DROP'],
      reason:
        w.year !== null && w.year !== undefined && w.netIncomePerPerson && w.monitoringLine
          ? t.incomeReason(w.year, w.netIncomePerPerson, w.monitoringLine)
          : w.message,
    },
  };
}

/** 预警: what the rules raised, oldest first; a low-income household can be taken into monitoring from here. */
export function WarningsPage() {
  const can = useCan();
  const [params, update] = useSearchState();
  const rule = enumParam(params, 'rule', WARNING_RULES);
  const townCode = params.get('town') ?? undefined;
  const page = intParam(params, 'page', 1);
  const pageSize = intParam(params, 'size', DEFAULT_PAGE_SIZE);
  const filter = useMemo<MonitoringWarningFilter>(
    () => ({ ...(rule ? { rule } : {}), ...(townCode ? { townCode } : {}) }),
    [rule, townCode],
  );
  const variables = useMemo(() => ({ filter }), [filter]);
  const [opening, setOpening] = useState<Opening | null>(null);
  const towns = useQuery(TownsQuery, { fetchPolicy: 'cache-first' });
  const townOptions = useScopedTowns(towns.data?.towns ?? NO_TOWNS);
  const onPageChange = useCallback(
    (p: number, size: number) => update(pageChanges(p, size, pageSize)),
    [update, pageSize],
  );
  const { tableProps, error, refetch } = usePagedTable({
    query: MonitoringWarningListQuery,
    cursorsQuery: MonitoringWarningCursorsQuery,
    variables,
    connection: listConnection,
    cursorConnection,
    page,
    pageSize,
    onPageChange,
  });
  const columns = warningColumns({
    canOpenCase: can(Permission.monitoringWrite),
    onOpenCase: (w) => setOpening(openingFor(w)),
  });

  return (
    <div>
      <PageHeader
        title={t.warningsTitle}
        sub={t.warningsSub}
        extra={<ExportButton dataset="MONITORING_WARNINGS" variables={variables} />}
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Space wrap size={[12, 12]}>
            <Select
              aria-label={t.filterRule}
              placeholder={t.filterRule}
              allowClear
              style={{ width: 180 }}
              value={rule}
              options={enumOptions(WARNING_RULES, warningRuleLabels)}
              onChange={(v) => update({ rule: v ?? null, page: null })}
            />
            <Select
              aria-label={t.filterTown}
              placeholder={t.filterTown}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 160 }}
              value={townCode}
              options={townOptions.map((town) => ({ value: town.code, label: town.name }))}
              onChange={(v) => update({ town: v ?? null, page: null })}
            />
          </Space>
        </Card>
        {error ? <QueryError error={error} onRetry={() => refetch()} /> : null}
        <Card size="small">
          <Table<Row> {...tableProps} columns={columns} scroll={{ x: 1150 }} />
        </Card>
      </Space>
      <OpenCaseModal
        household={opening?.household ?? null}
        defaults={opening?.defaults}
        onClose={() => setOpening(null)}
      />
    </div>
  );
}
