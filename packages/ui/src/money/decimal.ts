// Exact arithmetic on Money decimal strings. Everything goes through integer fen (分) held in a
// bigint, so values far beyond Number.MAX_SAFE_INTEGER (numeric(18,2) reaches 10^16 元) stay exact.

const MONEY_PATTERN = /^([+-])?(\d+)(?:\.(\d{1,2}))?$/;

/** Fen (分) per display unit. */
export const FEN_PER_YUAN = 100n;
export const FEN_PER_WAN = 1_000_000n;
export const FEN_PER_YI = 10_000_000_000n;

/** True when `value` is a decimal string with at most two decimals ("12", "-3.5", "431960000.00"). */
export function isMoneyString(value: string): boolean {
  return MONEY_PATTERN.test(value.trim());
}

/** Parses a Money decimal string into integer fen. Throws on anything else (floats in exponent form included). */
export function moneyToFen(value: string): bigint {
  const match = MONEY_PATTERN.exec(value.trim());
  if (!match) {
    throw new TypeError(`不是合法的金额: ${JSON.stringify(value)}`);
  }
  const [, sign, whole, fraction = ''] = match;
  const fen = BigInt(whole) * FEN_PER_YUAN + BigInt(fraction.padEnd(2, '0'));
  return sign === '-' ? -fen : fen;
}

/** Renders integer fen as the canonical Money string: no grouping, exactly two decimals ("-1234.50"). */
export function fenToMoney(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const whole = abs / FEN_PER_YUAN;
  const cents = (abs % FEN_PER_YUAN).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${cents}`;
}

/** Normalises user input ("1,234.5", " 12 ") to the canonical Money string, or null when it is not money. */
export function normalizeMoney(input: string): string | null {
  const cleaned = input.replace(/[,\s，]/g, '');
  if (!isMoneyString(cleaned)) return null;
  return fenToMoney(moneyToFen(cleaned));
}

/** Exact sum of Money strings. */
export function sumMoney(values: readonly string[]): string {
  return fenToMoney(values.reduce((acc, v) => acc + moneyToFen(v), 0n));
}

/** Exact a − b. */
export function subtractMoney(a: string, b: string): string {
  return fenToMoney(moneyToFen(a) - moneyToFen(b));
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compareMoney(a: string, b: string): -1 | 0 | 1 {
  const d = moneyToFen(a) - moneyToFen(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** Integer division rounding half away from zero (四舍五入), as the bureau's reports round. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (2n * n + d) / (2n * d);
  return negative ? -q : q;
}

/** Inserts thousands separators into a string of digits. */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
