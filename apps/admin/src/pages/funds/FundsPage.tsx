import { Select, Tabs } from 'antd';
import { useCallback, useMemo } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { intParam, useSearchState } from '../../lib/useSearchState';
import { DisbursementsTab } from './components/DisbursementsTab';
import { FundSourcesTab } from './components/FundSourcesTab';
import { fundText as t } from './locale';

const YEARS = [2021, 2022, 2023, 2024, 2025];

/** 资金: fund sources with their execution, and the payments made from them. */
export function FundsPage() {
  const [params, update] = useSearchState();
  const tab = params.get('tab') === 'disbursements' ? 'disbursements' : 'sources';
  const yearParam = params.get('year');
  const year = yearParam === 'all' ? undefined : intParam(params, 'year', 2021);
  const page = intParam(params, 'page', 1);
  const pageSize = intParam(params, 'size', 20);
  const filter = useMemo(() => (year ? { year } : {}), [year]);
  const onPageChange = useCallback(
    (p: number, size: number) =>
      update(size !== pageSize ? { page: null, size: size === 20 ? null : size } : { page: p === 1 ? null : p }),
    [update, pageSize],
  );

  return (
    <div>
      <PageHeader
        title={t.title}
        extra={
          <Select
            aria-label={t.yearLabel}
            style={{ width: 120 }}
            value={year ?? 'all'}
            options={[{ value: 'all', label: t.allYears }, ...YEARS.map((y) => ({ value: y, label: t.yearOption(y) }))]}
            onChange={(v) => update({ year: v === 2021 ? null : v, page: null })}
          />
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => update({ tab: key === 'sources' ? null : key, page: null })}
        items={[
          { key: 'sources', label: t.tabSources, children: <FundSourcesTab year={year} /> },
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
