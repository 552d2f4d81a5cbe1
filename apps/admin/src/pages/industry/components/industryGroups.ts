import { compareMoney, formatMoney, moneyToFen } from '@hanbin/ui';
import type { IndustryGroupRowFragment as Group } from '../../../gql/graphql';

/** The figures of a group a table sorts and a bar list draws. */
export type GroupFigure = 'parks' | 'linkedHouseholds' | 'incomeGained' | 'investment' | 'jobs';

const MONEY_FIGURES: ReadonlySet<GroupFigure> = new Set(['incomeGained', 'investment']);

/**
 * Ascending order of two groups by one figure; money compares exactly (as fen), never as floats. A
 * withheld figure (linked households and income of a group too small to show) sorts before any other.
 */
export function compareGroups(a: Group, b: Group, figure: GroupFigure): number {
  const x = a[figure];
  const y = b[figure];
  if (x === null || y === null) return (x === null ? 0 : 1) - (y === null ? 0 : 1);
  if (MONEY_FIGURES.has(figure)) return compareMoney(x as string, y as string);
  return (x as number) - (y as number);
}

/** A figure's share of the largest one, in [0, 1], for the length of a bar (drawing only). */
export function barFraction(value: string | number, max: string | number): number {
  if (typeof value === 'number' && typeof max === 'number') return max > 0 ? value / max : 0;
  const v = moneyToFen(String(value));
  const m = moneyToFen(String(max));
  if (m <= 0n || v <= 0n) return 0;
  // Ten-thousandths are plenty for a bar; the division stays in integers.
  return Number((v * 10_000n) / m) / 10_000;
}

/**
 * Bars of one figure, largest first; groups without any park, or whose figure is withheld, are left
 * out (they have nothing to draw). The text is exact: counts as they are, money in 万元 or 亿元 as
 * the summaries print it.
 */
export function groupBars(
  groups: readonly Group[],
  figure: GroupFigure,
  countUnit: (n: number) => string,
): { key: string; label: string; fraction: number; valueText: string }[] {
  const shown = groups.filter((g) => g.parks > 0 && g[figure] !== null).sort((a, b) => compareGroups(b, a, figure));
  const max = shown[0]?.[figure] ?? 0;
  return shown.map((g) => ({
    key: g.key,
    label: g.label,
    fraction: barFraction(g[figure] as string | number, max),
    valueText: MONEY_FIGURES.has(figure) ? formatMoney(g[figure] as string, 'auto') : countUnit(g[figure] as number),
  }));
}
