import { useLazyQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useState } from 'react';
import type { CadreFieldsFragment as Cadre } from '../../../gql/graphql';
import { stationingText as t } from '../locale';
import { CadreOptionsQuery } from '../stationing.graphql';

export interface CadrePickerProps {
  id?: string;
  value?: string;
  onChange?: (id: string | undefined) => void;
}

/** Finds a registered cadre by name (the API scopes the search to the viewer's towns). */
export function CadrePicker({ id, value, onChange }: CadrePickerProps) {
  const [search, { data, loading }] = useLazyQuery(CadreOptionsQuery);
  const found = data?.cadres.edges.map((e) => e.node) ?? [];
  // The chosen cadre is kept apart: a later search must not lose its label.
  const [chosen, setChosen] = useState<Cadre | null>(null);
  const options = chosen && !found.some((c) => c.id === chosen.id) ? [chosen, ...found] : found;
  return (
    <Select
      id={id}
      value={value}
      allowClear
      placeholder={t.cadrePickPlaceholder}
      loading={loading}
      showSearch={{
        filterOption: false,
        onSearch: (text) => search({ variables: { filter: text.trim() ? { search: text.trim() } : null } }),
      }}
      onFocus={() => {
        if (!data) search({ variables: { filter: null } });
      }}
      onChange={(next: string | undefined) => {
        setChosen(options.find((c) => c.id === next) ?? null);
        onChange?.(next);
      }}
      options={options.map((c) => ({ value: c.id, label: t.cadreOption(c.name, c.unit.name, c.title) }))}
      notFoundContent={null}
    />
  );
}
