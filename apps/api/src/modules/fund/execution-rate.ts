import { moneyToFen } from '../../common/money';

/**
 * disbursed ÷ allocated as a decimal string with 4 places, rounded half up ("0.9967" = 99.67%),
 * computed on integer fen so it is exact; null when nothing is allocated.
 */
export function executionRate(disbursed: string, allocated: string): string | null {
  const a = moneyToFen(allocated);
  if (a === 0n) return null;
  const d = moneyToFen(disbursed);
  const negative = d < 0n !== a < 0n;
  const num = (d < 0n ? -d : d) * 10000n;
  const den = a < 0n ? -a : a;
  const scaled = (num * 2n + den) / (den * 2n);
  const text = `${scaled / 10000n}.${(scaled % 10000n).toString().padStart(4, '0')}`;
  return negative && scaled !== 0n ? `-${text}` : text;
}
