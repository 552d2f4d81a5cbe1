import { Cascader } from 'antd';
import type { CSSProperties } from 'react';
import { useMemo } from 'react';
import { uiText } from '../locale/zh-CN';

/** The slice of the API's Town the picker needs. */
export interface RegionTown {
  code: string;
  name: string;
  villages?: readonly { code: string; name: string }[] | null;
}

/** [townCode] or [townCode, villageCode]. */
export type RegionValue = [string] | [string, string];

export interface RegionCascaderProps {
  /** Towns with their villages, as the `towns` query returns them; the picker fetches nothing. */
  towns: readonly RegionTown[];
  value?: readonly string[] | null;
  onChange?: (value: RegionValue | undefined) => void;
  /** Allow picking a town without a village (filters). Default true. */
  allowTownOnly?: boolean;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  loading?: boolean;
  style?: CSSProperties;
  id?: string;
}

interface Option {
  value: string;
  label: string;
  children?: Option[];
}

/** Town → village picker (镇办 → 村/社区). */
export function RegionCascader({
  towns,
  value,
  onChange,
  allowTownOnly = true,
  placeholder = uiText.regionPlaceholder,
  disabled,
  allowClear = true,
  loading,
  style,
  id,
}: RegionCascaderProps) {
  const options = useMemo<Option[]>(
    () =>
      towns.map((town) => ({
        value: town.code,
        label: town.name,
        children: (town.villages ?? []).map((v) => ({ value: v.code, label: v.name })),
      })),
    [towns],
  );
  return (
    <Cascader<Option>
      id={id}
      options={options}
      value={value && value.length > 0 ? [...value] : undefined}
      onChange={(next) => {
        const codes = (next ?? []).map(String);
        onChange?.(codes.length === 0 ? undefined : (codes.slice(0, 2) as RegionValue));
      }}
      changeOnSelect={allowTownOnly}
      showSearch={{
        filter: (input, path) => path.some((o) => o.label.toLowerCase().includes(input.trim().toLowerCase())),
      }}
      placeholder={placeholder}
      disabled={disabled}
      allowClear={allowClear}
      loading={loading}
      style={style}
    />
  );
}
