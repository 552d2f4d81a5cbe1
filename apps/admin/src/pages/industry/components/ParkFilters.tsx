import {
  enumOptions,
  INDUSTRIES,
  industryLabels,
  OPERATOR_KINDS,
  operatorKindLabels,
  PARK_LEVELS,
  parkLevelLabels,
  RegionCascader,
  type RegionTown,
} from '@hanbin/ui';
import { Button, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { commonText } from '../../../lib/locale';
import type { SearchValue } from '../../../lib/useSearchState';
import { PARK_FILTER_KEYS } from '../listState';
import { industryText as t } from '../locale';

export interface ParkFiltersProps {
  params: URLSearchParams;
  towns: readonly RegionTown[];
  /** Writes filter changes to the URL; the list goes back to page 1. */
  onChange: (changes: Record<string, SearchValue>) => void;
}

/** 镇村, 主导产业, 级别, 经营主体类型, 搜索; kept in the URL. */
export function ParkFilters({ params, towns, onChange }: ParkFiltersProps) {
  const [search, setSearch] = useState(params.get('q') ?? '');
  useEffect(() => setSearch(params.get('q') ?? ''), [params]);
  const set = (key: string) => (value: SearchValue) => onChange({ [key]: value ?? null });
  const region = [params.get('town'), params.get('village')].filter((v): v is string => Boolean(v));

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
        aria-label={t.filterIndustry}
        placeholder={t.filterIndustry}
        allowClear
        style={{ width: 120 }}
        value={params.get('industry') ?? undefined}
        options={enumOptions(INDUSTRIES, industryLabels)}
        onChange={set('industry')}
      />
      <Select
        aria-label={t.filterLevel}
        placeholder={t.filterLevel}
        allowClear
        style={{ width: 120 }}
        value={params.get('level') ?? undefined}
        options={enumOptions(PARK_LEVELS, parkLevelLabels)}
        onChange={set('level')}
      />
      <Select
        aria-label={t.filterOperatorKind}
        placeholder={t.filterOperatorKind}
        allowClear
        style={{ width: 140 }}
        value={params.get('operator') ?? undefined}
        options={enumOptions(OPERATOR_KINDS, operatorKindLabels)}
        onChange={set('operator')}
      />
      <Input.Search
        aria-label={t.filterSearch}
        placeholder={t.filterSearch}
        allowClear
        maxLength={50}
        style={{ width: 280 }}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onSearch={(value) => onChange({ q: value.trim() || null })}
        enterButton={commonText.search}
      />
      <Button onClick={() => onChange(Object.fromEntries(PARK_FILTER_KEYS.map((k) => [k, null])))}>
        {commonText.reset}
      </Button>
    </Space>
  );
}
