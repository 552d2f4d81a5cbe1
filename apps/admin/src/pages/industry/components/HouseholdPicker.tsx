import { useLazyQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useState } from 'react';
import type { LinkHouseholdOptionsQuery } from '../../../gql/graphql';
import { LinkHouseholdOptionsQuery as Query } from '../industry.graphql';
import { industryText as t } from '../locale';

type Option = LinkHouseholdOptionsQuery['households']['edges'][number]['node'];

export interface HouseholdPickerProps {
  /** Only households of this town are offered (the park's town). */
  townCode: string;
  value?: string;
  onChange?: (id: string | undefined, household: Option | null) => void;
  id?: string;
}

/**
 * Finds a household of the register by head or member name, or by its code, within one town; the
 * API scopes the search to the viewer's towns as well.
 */
export function HouseholdPicker({ townCode, value, onChange, id }: HouseholdPickerProps) {
  const [search, { data, loading }] = useLazyQuery(Query);
  const found = data?.households.edges.map((e) => e.node) ?? [];
  // The chosen household is kept apart: a later search must not lose its label.
  const [chosen, setChosen] = useState<Option | null>(null);
  const options = chosen && !found.some((h) => h.id === chosen.id) ? [chosen, ...found] : found;

  return (
    <Select
      id={id}
      value={value}
      allowClear
      placeholder={t.householdPlaceholder}
      loading={loading}
      showSearch={{
        filterOption: false,
        onSearch: (text) => search({ variables: { townCode, search: text.trim() || null } }),
      }}
      onFocus={() => {
        if (!data) search({ variables: { townCode, search: null } });
      }}
      onChange={(next: string | undefined) => {
        const household = options.find((h) => h.id === next) ?? null;
        setChosen(household);
        onChange?.(next, household);
      }}
      options={options.map((h) => ({ value: h.id, label: t.householdOption(h.headName, h.code, h.village.name) }))}
      notFoundContent={null}
    />
  );
}
