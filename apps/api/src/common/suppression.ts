/**
 * Small-count suppression (DOMAIN.md "Who may see what": BI sees aggregates only, never a row that
 * identifies a household). A count of households from 1 to 4 could single them out, so aggregates
 * publish it as "<5" without its value; monitoring does so for everyone, the park aggregates for
 * viewers who may not read the household register.
 */

/** Counts from 1 to this − 1 could single out a household: they are shown as "<5". */
export const SUPPRESSION_THRESHOLD = 5;

/** How a small count is shown. */
export const SMALL_COUNT_DISPLAY = `<${SUPPRESSION_THRESHOLD}`;
/** How a count is shown that is hidden only so that a total cannot give a small one away. */
export const COMPLEMENTARY_DISPLAY = '已隐藏';

/** A count as published; the GraphQL type is `SuppressedCount` (monitoring.type.ts). */
export interface ShownCount {
  /** The count, or null when it is withheld. */
  value: number | null;
  /** What to print: "12", "<5" or "已隐藏". */
  display: string;
  suppressed: boolean;
}

/** A count shown as it is (to a viewer who may see the households behind it). */
export function exactCount(n: number): ShownCount {
  return { value: n, display: String(n), suppressed: false };
}

/** One count on its own: 1–4 withheld, 0 and 5 or more shown. */
export function suppressed(n: number): ShownCount {
  if (n > 0 && n < SUPPRESSION_THRESHOLD) return { value: null, display: SMALL_COUNT_DISPLAY, suppressed: true };
  return exactCount(n);
}

/**
 * The cells of a breakdown whose total is shown, in the same order. Small counts are withheld; when
 * exactly one cell is, the total minus the others would give it away, so the next smallest non-zero
 * cell is withheld too (two or more hidden cells only reveal their sum).
 */
export function suppressCounts(counts: readonly number[]): ShownCount[] {
  const out = counts.map(suppressed);
  if (out.filter((c) => c.suppressed).length === 1) {
    const next = counts
      .map((n, i) => ({ n, i }))
      .filter(({ n, i }) => n > 0 && !out[i].suppressed)
      .sort((a, b) => a.n - b.n)[0];
    if (next) out[next.i] = { value: null, display: COMPLEMENTARY_DISPLAY, suppressed: true };
  }
  return out;
}
