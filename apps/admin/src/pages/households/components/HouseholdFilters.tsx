import {
  enumOptions,
  HOUSEHOLD_CATEGORIES,
  householdCategoryLabels,
  RegionCascader,
  type RegionTown,
} from '@hanbin/ui';
import { Button, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { commonText } from '../../../lib/locale';
import type { SearchValue } from '../../../lib/useSearchState';
import { HOUSEHOLD_FILTER_KEYS } from '../listState';
import { householdText as t } from '../locale';

export interface HouseholdFiltersProps {
  params: URLSearchParams;
  towns: readonly RegionTown[];
  onChange: (changes: Record<string, SearchValue>) => void;
}

/** 镇村, 户类别, 是否在监测, 是否搬迁, name search; their state lives in the URL. */
export function HouseholdFilters({ params, towns, onChange }: HouseholdFiltersProps) {
  const [search, setSearch] = useState(params.get('q') ?? '');
  useEffect(() => setSearch(params.get('q') ?? ''), [params]);
  const region = [params.get('town'), params.get('village')].filter((v): v is string => Boolean(v));
  const yesNo = (yes: string, no: string) => [
    { value: '1', label: yes },
    { value: '0', label: no },
  ];

  return (
    <Space wrap size={[12, 12]}>
      <RegionCascader
        towns={towns}
        value={region}
        placeholder={t.filterRegion}
        style={{ width: 240 }}
        onChange={(v) => onChange({ town: v?.[0] ?? null, village: v?.[1] ?? null })}
      />
      <Select
        aria-label={t.filterCategory}
        placeholder={t.filterCategory}
        allowClear
        style={{ width: 120 }}
        value={params.get('category') ?? undefined}
        options={enumOptions(HOUSEHOLD_CATEGORIES, householdCategoryLabels)}
        onChange={(v) => onChange({ category: v ?? null })}
      />
      <Select
        aria-label={t.filterMonitored}
        placeholder={t.filterMonitored}
        allowClear
        style={{ width: 130 }}
        value={params.get('monitored') ?? undefined}
        options={yesNo(t.monitoredYes, t.monitoredNo)}
        onChange={(v) => onChange({ monitored: v ?? null })}
      />
      <Select
        aria-label={t.filterRelocated}
        placeholder={t.filterRelocated}
        allowClear
        style={{ width: 130 }}
        value={params.get('relocated') ?? undefined}
        options={yesNo(t.yes, t.no)}
        onChange={(v) => onChange({ relocated: v ?? null })}
      />
      <Input.Search
        aria-label={t.filterSearch}
        placeholder={t.filterSearch}
        allowClear
        maxLength={30}
        style={{ width: 260 }}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onSearch={(value) => onChange({ q: value.trim() || null })}
        enterButton={commonText.search}
      />
      <Button onClick={() => onChange(Object.fromEntries(HOUSEHOLD_FILTER_KEYS.map((k) => [k, null])))}>
        {commonText.reset}
      </Button>
    </Space>
  );
}
