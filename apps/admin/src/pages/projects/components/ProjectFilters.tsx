import {
  enumOptions,
  INDUSTRIES,
  industryLabels,
  PROJECT_CATEGORIES,
  PROJECT_STATUSES,
  projectCategoryLabels,
  projectStatusLabels,
  RegionCascader,
  type RegionTown,
} from '@hanbin/ui';
import { Button, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { commonText } from '../../../lib/locale';
import type { SearchValue } from '../../../lib/useSearchState';
import { FILTER_KEYS } from '../listState';
import { projectText as t } from '../locale';

const YEARS = [2021, 2022, 2023, 2024, 2025];

export interface ProjectFiltersProps {
  params: URLSearchParams;
  towns: readonly RegionTown[];
  fundSources: readonly { id: string; name: string }[];
  /** Writes filter changes to the URL; the list goes back to page 1. */
  onChange: (changes: Record<string, SearchValue>) => void;
}

/** The list's filters; their state lives in the URL. */
export function ProjectFilters({ params, towns, fundSources, onChange }: ProjectFiltersProps) {
  const [search, setSearch] = useState(params.get('q') ?? '');
  useEffect(() => setSearch(params.get('q') ?? ''), [params]);
  const set = (key: string) => (value: SearchValue) => onChange({ [key]: value ?? null });
  const region = [params.get('town'), params.get('village')].filter((v): v is string => Boolean(v));
  const selectStyle = { width: 140 };

  return (
    <Space wrap size={[12, 12]}>
      <Select
        aria-label={t.filterYear}
        placeholder={t.filterYear}
        allowClear
        style={{ width: 110 }}
        value={params.get('year') ? Number(params.get('year')) : undefined}
        options={YEARS.map((y) => ({ value: y, label: t.yearOption(y) }))}
        onChange={set('year')}
      />
      <RegionCascader
        towns={towns}
        value={region}
        placeholder={t.filterRegion}
        style={{ width: 240 }}
        onChange={(v) => onChange({ town: v?.[0] ?? null, village: v?.[1] ?? null })}
      />
      <Select
        aria-label={t.filterStatus}
        placeholder={t.filterStatus}
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        style={{ width: 200 }}
        value={params.get('status')?.split(',').filter(Boolean) ?? []}
        options={enumOptions(PROJECT_STATUSES, projectStatusLabels)}
        onChange={(values: string[]) => onChange({ status: values.join(',') || null })}
      />
      <Select
        aria-label={t.filterCategory}
        placeholder={t.filterCategory}
        allowClear
        style={selectStyle}
        value={params.get('category') ?? undefined}
        options={enumOptions(PROJECT_CATEGORIES, projectCategoryLabels)}
        onChange={set('category')}
      />
      <Select
        aria-label={t.filterIndustry}
        placeholder={t.filterIndustry}
        allowClear
        style={{ width: 120 }}
        value={params.get('industry') ?? undefined}
        options={enumOptions(INDUSTRIES, industryLabels)}
        onChange={set('industry')}
      />
      <Select
        aria-label={t.filterFundSource}
        placeholder={t.filterFundSource}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 260 }}
        value={params.get('fundSource') ?? undefined}
        options={fundSources.map((s) => ({ value: s.id, label: s.name }))}
        onChange={set('fundSource')}
      />
      <Input.Search
        aria-label={t.filterSearch}
        placeholder={t.filterSearch}
        allowClear
        maxLength={50}
        style={{ width: 240 }}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onSearch={(value) => onChange({ q: value.trim() || null })}
        enterButton={commonText.search}
      />
      <Button onClick={() => onChange(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])))}>
        {commonText.reset}
      </Button>
    </Space>
  );
}
