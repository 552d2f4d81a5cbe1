import { enumOptions, SUPERVISION_STATUSES, supervisionStatusLabels } from '@hanbin/ui';
import { Button, Checkbox, Select, Space } from 'antd';
import { commonText } from '../../../lib/locale';
import type { SearchValue } from '../../../lib/useSearchState';
import { TASK_FILTER_KEYS } from '../listState';
import { supervisionText as t } from '../locale';

export interface TaskFiltersProps {
  params: URLSearchParams;
  groups: readonly { id: string; name: string }[];
  towns: readonly { code: string; name: string }[];
  onChange: (changes: Record<string, SearchValue>) => void;
}

/** 督查组, 镇办, 状态, 只看逾期; kept in the URL. */
export function TaskFilters({ params, groups, towns, onChange }: TaskFiltersProps) {
  const set = (key: string) => (value: SearchValue) => onChange({ [key]: value ?? null });
  return (
    <Space wrap size={[12, 12]}>
      <Select
        aria-label={t.filterGroup}
        placeholder={t.filterGroup}
        allowClear
        style={{ width: 180 }}
        value={params.get('group') ?? undefined}
        options={groups.map((g) => ({ value: g.id, label: g.name }))}
        onChange={set('group')}
      />
      <Select
        aria-label={t.filterTown}
        placeholder={t.filterTown}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 160 }}
        value={params.get('town') ?? undefined}
        options={towns.map((x) => ({ value: x.code, label: x.name }))}
        onChange={set('town')}
      />
      <Select
        aria-label={t.filterStatus}
        placeholder={t.filterStatus}
        allowClear
        style={{ width: 180 }}
        value={params.get('status') ?? undefined}
        options={enumOptions(SUPERVISION_STATUSES, supervisionStatusLabels)}
        onChange={set('status')}
      />
      <Checkbox
        checked={params.get('overdue') === '1'}
        onChange={(e) => onChange({ overdue: e.target.checked ? '1' : null })}
      >
        {t.filterOverdue}
      </Checkbox>
      <Button onClick={() => onChange(Object.fromEntries(TASK_FILTER_KEYS.map((k) => [k, null])))}>
        {commonText.reset}
      </Button>
    </Space>
  );
}
