import { BarList, formatMoney, formatRate, rateToBarFraction } from '@hanbin/ui';
import type { FundingSummaryFieldsFragment } from '../../gql/graphql';
import { dashboardText as t } from './locale';

type Row = FundingSummaryFieldsFragment['rows'][number];

/** Execution rate per town as a bar list, lowest first: the towns to chase are on top. */
export function TownRateChart({ rows }: { rows: readonly Row[] }) {
  const sorted = [...rows].sort((a, b) => rateToBarFraction(a.executionRate) - rateToBarFraction(b.executionRate));
  return (
    <BarList
      aria-label={t.chartTitle}
      items={sorted.map((row) => ({
        key: row.key,
        label: row.label,
        extra: t.chartRow(formatMoney(row.allocated, '万元'), formatMoney(row.disbursed, '万元'), row.projectCount),
        fraction: rateToBarFraction(row.executionRate),
        valueText: formatRate(row.executionRate),
      }))}
    />
  );
}
