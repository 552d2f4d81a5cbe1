import { AutoComplete, Button, DatePicker, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { commonText } from '../../../lib/locale';
import type { SearchValue } from '../../../lib/useSearchState';
import { auditText as t } from '../locale';

/** Query-string keys of the audit filters (page resets when one changes). */
export const AUDIT_FILTER_KEYS = ['from', 'to', 'action', 'actor', 'type', 'entity', 'town'] as const;

/** An action or a record type as the API names it (auditActions, auditEntityTypes). */
export interface AuditName {
  code: string;
  label: string;
}

export interface AuditFiltersProps {
  params: URLSearchParams;
  towns: readonly { code: string; name: string }[];
  /** The actions offered; any other can be typed as the API codes it. */
  actions: readonly AuditName[];
  entityTypes: readonly AuditName[];
  onChange: (changes: Record<string, SearchValue>) => void;
}

/** Date range, action, who, which record, which town; all kept in the URL. */
export function AuditFilters({ params, towns, actions, entityTypes, onChange }: AuditFiltersProps) {
  const [actor, setActor] = useState(params.get('actor') ?? '');
  const [entity, setEntity] = useState(params.get('entity') ?? '');
  const [action, setAction] = useState(params.get('action') ?? '');
  useEffect(() => {
    setActor(params.get('actor') ?? '');
    setEntity(params.get('entity') ?? '');
    setAction(params.get('action') ?? '');
  }, [params]);
  const from = params.get('from');
  const to = params.get('to');

  return (
    <Space wrap size={[12, 12]}>
      <DatePicker.RangePicker
        aria-label={t.filterRange}
        value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
        allowEmpty={[true, true]}
        onChange={(range) =>
          onChange({ from: range?.[0]?.format('YYYY-MM-DD') ?? null, to: range?.[1]?.format('YYYY-MM-DD') ?? null })
        }
      />
      <AutoComplete
        aria-label={t.filterAction}
        placeholder={t.filterAction}
        allowClear
        style={{ width: 200 }}
        value={action}
        options={actions.map((a) => ({ value: a.code, label: `${a.label}（${a.code}）` }))}
        filterOption={(input, option) => String(option?.label ?? '').includes(input)}
        onChange={(v) => setAction(v ?? '')}
        onSelect={(v: string) => onChange({ action: v })}
        onBlur={() => onChange({ action: action.trim() || null })}
        onClear={() => onChange({ action: null })}
      />
      <Input.Search
        aria-label={t.filterActor}
        placeholder={t.filterActor}
        allowClear
        maxLength={50}
        style={{ width: 180 }}
        value={actor}
        onChange={(e) => setActor(e.target.value)}
        onSearch={(v) => onChange({ actor: v.trim() || null })}
      />
      <Space.Compact>
        <Select
          aria-label={t.filterEntityType}
          placeholder={t.filterEntityType}
          allowClear
          style={{ width: 130 }}
          value={params.get('type') ?? undefined}
          options={entityTypes.map((type) => ({ value: type.code, label: type.label }))}
          onChange={(v) => onChange({ type: v ?? null })}
        />
        <Input.Search
          aria-label={t.filterEntityId}
          placeholder={t.filterEntityId}
          allowClear
          maxLength={64}
          style={{ width: 200 }}
          value={entity}
          onChange={(e) => setEntity(e.target.value)}
          onSearch={(v) => onChange({ entity: v.trim() || null })}
        />
      </Space.Compact>
      <Select
        aria-label={t.filterTown}
        placeholder={t.filterTown}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 150 }}
        value={params.get('town') ?? undefined}
        options={towns.map((town) => ({ value: town.code, label: town.name }))}
        onChange={(v) => onChange({ town: v ?? null })}
      />
      <Button onClick={() => onChange(Object.fromEntries(AUDIT_FILTER_KEYS.map((k) => [k, null])))}>
        {commonText.reset}
      </Button>
    </Space>
  );
}
