import { divideRounded, groupThousands, moneyToFen } from './decimal';

const DECIMAL_PATTERN = /^([+-])?(\d+)(?:\.(\d+))?$/;

/** Placeholder shown where a rate does not exist (nothing allocated). */
export const NO_RATE = '—';

/**
 * Formats a rate given as a decimal string ("0.9967") as a percentage ("99.67%"), exactly,
 * rounding half away from zero to `decimals` places. null/undefined (no allocation) gives "—".
 */
export function formatRate(rate: string | null | undefined, decimals = 2): string {
  if (rate === null || rate === undefined || rate === '') return NO_RATE;
  const match = DECIMAL_PATTERN.exec(rate.trim());
  if (!match) throw new TypeError(`不是合法的比率: ${JSON.stringify(rate)}`);
  const [, sign, whole, fraction = ''] = match;
  const digits = BigInt(whole + fraction) * (sign === '-' ? -1n : 1n);
  // value = digits / 10^fraction.length; percent scaled by 10^decimals = value * 10^(2 + decimals)
  const scaled = divideRounded(digits * 10n ** BigInt(2 + decimals), 10n ** BigInt(fraction.length));
  const negative = scaled < 0n;
  const abs = negative ? -scaled : scaled;
  const scale = 10n ** BigInt(decimals);
  const int = groupThousands((abs / scale).toString());
  const frac = decimals > 0 ? `.${(abs % scale).toString().padStart(decimals, '0')}` : '';
  return `${negative ? '-' : ''}${int}${frac}%`;
}

/**
 * Exact ratio of two Money strings as a decimal string with `fractionDigits` places
 * ("430520000.00" / "431960000.00" → "0.9967"); null when the denominator is zero.
 */
export function computeRate(numerator: string, denominator: string, fractionDigits = 4): string | null {
  const d = moneyToFen(denominator);
  if (d === 0n) return null;
  const scale = 10n ** BigInt(fractionDigits);
  const q = divideRounded(moneyToFen(numerator) * scale, d);
  const negative = q < 0n;
  const abs = negative ? -q : q;
  const frac = fractionDigits > 0 ? `.${(abs % scale).toString().padStart(fractionDigits, '0')}` : '';
  return `${negative ? '-' : ''}${abs / scale}${frac}`;
}

/** A rate string as a number in [0, 1] for drawing a bar; for display use `formatRate`. */
export function rateToBarFraction(rate: string | null | undefined): number {
  if (!rate) return 0;
  const n = Number(rate);
  if (!Number.isFinite(n)) return 0;
  return Math.min(1, Math.max(0, n));
}
