import {
  CASE_STATUSES,
  caseStatusLabels,
  DISCOVERY_CHANNELS,
  discoveryChannelLabels,
  enumOptions,
  MONITORING_TYPES,
  monitoringTypeLabels,
  RegionCascader,
  type RegionTown,
} from '@hanbin/ui';
import { Button, Checkbox, Select, Space } from 'antd';
import { commonText } from '../../../lib/locale';
import type { SearchValue } from '../../../lib/useSearchState';
import { CASE_FILTER_KEYS } from '../caseListState';
import { monitoringText as t } from '../locale';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: thisYear - 2021 + 1 }, (_, i) => thisYear - i);

export interface CaseFiltersProps {
  params: URLSearchParams;
  towns: readonly RegionTown[];
  /** The steps a case may wait at, from the procedure versions. */
  steps: readonly { code: string; name: string }[];
  onChange: (changes: Record<string, SearchValue>) => void;
}

/** 镇村, 类型, 当前步骤, 状态, 渠道, 年度, 只看超时; kept in the URL. */
export function CaseFilters({ params, towns, steps, onChange }: CaseFiltersProps) {
  const region = [params.get('town'), params.get('village')].filter((v): v is string => Boolean(v));
  const set = (key: string) => (value: SearchValue) => onChange({ [key]: value ?? null });
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
        aria-label={t.filterType}
        placeholder={t.filterType}
        allowClear
        style={{ width: 150 }}
        value={params.get('type') ?? undefined}
        options={enumOptions(MONITORING_TYPES, monitoringTypeLabels)}
        onChange={set('type')}
      />
      <Select
        aria-label={t.filterStep}
        placeholder={t.filterStep}
        allowClear
        style={{ width: 130 }}
        value={params.get('step') ?? undefined}
        options={steps.map((s) => ({ value: s.code, label: s.name }))}
        onChange={set('step')}
      />
      <Select
        aria-label={t.filterStatus}
        placeholder={t.filterStatus}
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        style={{ width: 220 }}
        value={params.get('status')?.split(',').filter(Boolean) ?? []}
        options={enumOptions(CASE_STATUSES, caseStatusLabels)}
        onChange={(values: string[]) => onChange({ status: values.join(',') || null })}
      />
      <Select
        aria-label={t.filterChannel}
        placeholder={t.filterChannel}
        allowClear
        style={{ width: 170 }}
        value={params.get('channel') ?? undefined}
        options={enumOptions(DISCOVERY_CHANNELS, discoveryChannelLabels)}
        onChange={set('channel')}
      />
      <Select
        aria-label={t.filterYear}
        placeholder={t.filterYear}
        allowClear
        style={{ width: 110 }}
        value={params.get('year') ? Number(params.get('year')) : undefined}
        options={YEARS.map((y) => ({ value: y, label: t.yearOption(y) }))}
        onChange={set('year')}
      />
      <Checkbox
        checked={params.get('overdue') === '1'}
        onChange={(e) => onChange({ overdue: e.target.checked ? '1' : null })}
      >
        {t.filterOverdue}
      </Checkbox>
      <Button onClick={() => onChange(Object.fromEntries(CASE_FILTER_KEYS.map((k) => [k, null])))}>
        {commonText.reset}
      </Button>
    </Space>
  );
}
