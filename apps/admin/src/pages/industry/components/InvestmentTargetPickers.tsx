import { useLazyQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useState } from 'react';
import { InvestmentParkOptionsQuery, InvestmentProjectOptionsQuery } from '../industry.graphql';
import { industryText as t } from '../locale';

interface PickerProps {
  value?: string;
  onChange?: (id: string | undefined) => void;
  id?: string;
}

interface Found {
  id: string;
  label: string;
}

/** A searched Select that keeps the chosen option's label while later searches come and go. */
function SearchSelect({
  value,
  onChange,
  id,
  placeholder,
  found,
  loading,
  onSearch,
}: PickerProps & {
  placeholder: string;
  found: Found[] | undefined;
  loading: boolean;
  onSearch: (text: string | null) => void;
}) {
  const [chosen, setChosen] = useState<Found | null>(null);
  const list = found ?? [];
  const options = chosen && !list.some((f) => f.id === chosen.id) ? [chosen, ...list] : list;
  return (
    <Select
      id={id}
      value={value}
      allowClear
      placeholder={placeholder}
      loading={loading}
      showSearch={{ filterOption: false, onSearch: (text) => onSearch(text.trim() || null) }}
      onFocus={() => {
        if (!found) onSearch(null);
      }}
      onChange={(next: string | undefined) => {
        setChosen(options.find((o) => o.id === next) ?? null);
        onChange?.(next);
      }}
      options={options.map((o) => ({ value: o.id, label: o.label }))}
      notFoundContent={null}
    />
  );
}

/** A park, found by name or code (within the viewer's towns). */
export function ParkPicker(props: PickerProps) {
  const [search, { data, loading }] = useLazyQuery(InvestmentParkOptionsQuery);
  const found = data?.industrialParks.edges.map(({ node: p }) => ({
    id: p.id,
    label: `${p.code} ${p.name}（${p.town.name}）`,
  }));
  return (
    <SearchSelect
      {...props}
      placeholder={t.parkPickPlaceholder}
      found={found}
      loading={loading}
      onSearch={(text) => search({ variables: { search: text } })}
    />
  );
}

/** A project of the library, found by name or code. */
export function ProjectPicker(props: PickerProps) {
  const [search, { data, loading }] = useLazyQuery(InvestmentProjectOptionsQuery);
  const found = data?.projects.edges.map(({ node: p }) => ({ id: p.id, label: `${p.code} ${p.name}` }));
  return (
    <SearchSelect
      {...props}
      placeholder={t.projectPickPlaceholder}
      found={found}
      loading={loading}
      onSearch={(text) => search({ variables: { search: text } })}
    />
  );
}
