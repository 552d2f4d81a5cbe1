import { ImportOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Select, Space, Tabs } from 'antd';
import { useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import { Permission } from '../../auth/permissions';
import { useCan } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import { ExportButton } from '../../export/ExportButton';
import { DEFAULT_PAGE_SIZE, pageChanges } from '../../lib/paging';
import { intParam, useSearchState } from '../../lib/useSearchState';
import { DisbursementsTab } from './components/DisbursementsTab';
import { FundAllocationsTab } from './components/FundAllocationsTab';
import { FundSourcesTab } from './components/FundSourcesTab';
import { FundSourceOptionsQuery } from './funds.graphql';
import { fundText as t } from './locale';

const YEARS = [2021, 2022, 2023, 2024, 2025];
const TABS = ['sources', 'allocations', 'disbursements'] as const;
type Tab = (typeof TABS)[number];

/** 资金: fund sources with their execution, the allocations made from them, and the payments. */
export function FundsPage() {
  const [params, update] = useSearchState();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'sources';
  const year = params.get('year') === 'all' ? undefined : intParam(params, 'year', 2021);
  const source = params.get('source') ?? undefined;
  const page = intParam(params, 'page', 1);
  const pageSize = intParam(params, 'size', DEFAULT_PAGE_SIZE);
  const filter = useMemo(
    () => ({ ...(year ? { year } : {}), ...(source ? { fundSourceId: source } : {}) }),
    [year, source],
  );
  const sources = useQuery(FundSourceOptionsQuery, { variables: { year: year ?? null } });
  const can = useCan();
  const onPageChange = useCallback(
    (p: number, size: number) => update(pageChanges(p, size, pageSize)),
    [update, pageSize],
  );

  return (
    <div>
      <PageHeader
        title={t.title}
        extra={
          <Space wrap>
            {tab === 'sources' ? (
              <ExportButton dataset="FUND_SOURCES" variables={{ filter: year ? { year } : {} }} />
            ) : null}
            {tab === 'allocations' ? <ExportButton dataset="FUND_ALLOCATIONS" variables={{ filter }} /> : null}
            {tab === 'allocations' && can(Permission.allocationWrite) ? (
              <Link to="/funds/allocations/import">
                <Button icon={<ImportOutlined />}>{t.import}</Button>
              </Link>
            ) : null}
            {tab === 'disbursements' ? <ExportButton dataset="DISBURSEMENTS" variables={{ filter }} /> : null}
            {tab === 'disbursements' && can(Permission.fundWrite) ? (
              <Link to="/funds/disbursements/import">
                <Button icon={<ImportOutlined />}>{t.import}</Button>
              </Link>
            ) : null}
            {tab !== 'sources' ? (
              <Select
                aria-label={t.filterFundSource}
                placeholder={t.filterFundSource}
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: 300 }}
                value={source}
                options={sources.data?.fundSources.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []}
                onChange={(v) => update({ source: v ?? null, page: null })}
              />
            ) : null}
            <Select
              aria-label={t.yearLabel}
              style={{ width: 120 }}
              value={year ?? 'all'}
              options={[
                { value: 'all', label: t.allYears },
                ...YEARS.map((y) => ({ value: y, label: t.yearOption(y) })),
              ]}
              onChange={(v) => update({ year: v === 2021 ? null : v, source: null, page: null })}
            />
          </Space>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => update({ tab: key === 'sources' ? null : key, page: null })}
        destroyOnHidden
        items={[
          { key: 'sources', label: t.tabSources, children: <FundSourcesTab year={year} /> },
          {
            key: 'allocations',
            label: t.tabAllocations,
            children: (
              <FundAllocationsTab filter={filter} page={page} pageSize={pageSize} onPageChange={onPageChange} />
            ),
          },
          {
            key: 'disbursements',
            label: t.tabDisbursements,
            children: <DisbursementsTab filter={filter} page={page} pageSize={pageSize} onPageChange={onPageChange} />,
          },
        ]}
      />
    </div>
  );
}
