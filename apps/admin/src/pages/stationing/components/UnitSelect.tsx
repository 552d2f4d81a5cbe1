import { useQuery } from '@apollo/client/react';
import { labelOf, UNIT_KINDS, unitKindLabels } from '@hanbin/ui';
import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useMemo } from 'react';
import { DispatchingUnitsQuery } from '../stationing.graphql';

export interface UnitSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
}

/** 派出单位, grouped by kind (省级单位, 区级部门 …), searchable by name. */
export function UnitSelect({ value, onChange, ...rest }: UnitSelectProps) {
  const { data, loading } = useQuery(DispatchingUnitsQuery, { fetchPolicy: 'cache-first' });
  const options = useMemo(() => {
    const units = data?.dispatchingUnits ?? [];
    return UNIT_KINDS.map((kind) => ({
      label: labelOf(unitKindLabels, kind),
      options: units.filter((u) => u.kind === kind).map((u) => ({ value: u.id, label: u.name })),
    })).filter((group) => group.options.length > 0);
  }, [data]);
  return (
    <Select
      {...rest}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v)}
      loading={loading}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
