import { RegionCascader, type RegionTown } from '@hanbin/ui';
import { Button, Select, Space } from 'antd';
import { commonText } from '../../../lib/locale';
import type { SearchValue } from '../../../lib/useSearchState';
import { ENDED, STATIONING_FILTER_KEYS } from '../listState';
import { stationingText as t } from '../locale';
import { UnitSelect } from './UnitSelect';

export interface StationingFiltersProps {
  params: URLSearchParams;
  towns: readonly RegionTown[];
  /** The labels of 在驻 / 已撤销 (teams) or 在任 / 已离任 (first secretaries). */
  statusLabels: { active: string; ended: string };
  /** Writes filter changes to the URL; the list goes back to page 1. */
  onChange: (changes: Record<string, SearchValue>) => void;
}

/** 镇村, 派出单位, 在驻（在任）/ 已撤销（已离任）; kept in the URL. */
export function StationingFilters({ params, towns, statusLabels, onChange }: StationingFiltersProps) {
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
      <UnitSelect
        aria-label={t.filterUnit}
        placeholder={t.filterUnit}
        allowClear
        style={{ width: 260 }}
        value={params.get('unit')}
        onChange={(unit) => onChange({ unit: unit ?? null })}
      />
      <Select
        aria-label={t.filterStatus}
        style={{ width: 120 }}
        value={params.get('status') === ENDED ? ENDED : 'active'}
        options={[
          { value: 'active', label: statusLabels.active },
          { value: ENDED, label: statusLabels.ended },
        ]}
        onChange={(v: string) => onChange({ status: v === ENDED ? ENDED : null })}
      />
      <Button onClick={() => onChange(Object.fromEntries(STATIONING_FILTER_KEYS.map((k) => [k, null])))}>
        {commonText.reset}
      </Button>
    </Space>
  );
}
