import { divideRounded, FEN_PER_WAN, FEN_PER_YI, FEN_PER_YUAN, groupThousands, moneyToFen } from './decimal';

/** Display units for money. `auto` picks 亿元, 万元 or 元 from the magnitude. */
export type MoneyUnit = '元' | '万元' | '亿元' | 'auto';
export type FixedMoneyUnit = Exclude<MoneyUnit, 'auto'>;

export interface MoneyFormatOptions {
  /** Maximum decimals. Defaults: 元 2, 万元 2, 亿元 3 (as the 2021 report prints 亿元). */
  decimals?: number;
  /** Drop trailing zeros (and the point). Defaults: false for 元, true for 万元 and 亿元. */
  trimZeros?: boolean;
  /** Thousands separators in the integer part. Default true. */
  grouping?: boolean;
}

const FEN_PER_UNIT: Record<FixedMoneyUnit, bigint> = {
  元: FEN_PER_YUAN,
  万元: FEN_PER_WAN,
  亿元: FEN_PER_YI,
};

const DEFAULTS: Record<FixedMoneyUnit, Required<Omit<MoneyFormatOptions, 'grouping'>>> = {
  元: { decimals: 2, trimZeros: false },
  万元: { decimals: 2, trimZeros: true },
  亿元: { decimals: 3, trimZeros: true },
};

/** Formats integer fen in a fixed unit, rounding half away from zero; never touches a float. */
export function formatFen(fen: bigint, unit: FixedMoneyUnit, options: MoneyFormatOptions = {}): string {
  const decimals = options.decimals ?? DEFAULTS[unit].decimals;
  const trimZeros = options.trimZeros ?? DEFAULTS[unit].trimZeros;
  const grouping = options.grouping ?? true;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 12) {
    throw new RangeError(`decimals out of range: ${decimals}`);
  }
  const scale = 10n ** BigInt(decimals);
  const scaled = divideRounded(fen * scale, FEN_PER_UNIT[unit]);
  const negative = scaled < 0n;
  const abs = negative ? -scaled : scaled;
  const whole = (abs / scale).toString();
  let fraction = decimals > 0 ? (abs % scale).toString().padStart(decimals, '0') : '';
  if (trimZeros) fraction = fraction.replace(/0+$/, '');
  const integer = grouping ? groupThousands(whole) : whole;
  // A value that rounds to zero prints without a sign ("0", never "-0").
  return `${negative ? '-' : ''}${integer}${fraction ? `.${fraction}` : ''}`;
}

/** Chooses the unit `auto` resolves to for a fen amount. */
export function autoUnit(fen: bigint): FixedMoneyUnit {
  const abs = fen < 0n ? -fen : fen;
  if (abs >= FEN_PER_YI) return '亿元';
  // 9,999.999 万元 would print as "10,000" 万元: say 1 亿元 instead.
  if (abs >= FEN_PER_WAN) return divideRounded(abs * 100n, FEN_PER_WAN) >= 1_000_000n ? '亿元' : '万元';
  return '元';
}

/** Number text and resolved unit, for components that style them apart. */
export function formatMoneyParts(
  value: string,
  unit: MoneyUnit,
  options: MoneyFormatOptions = {},
): { text: string; unit: FixedMoneyUnit } {
  const fen = moneyToFen(value);
  const resolved = unit === 'auto' ? autoUnit(fen) : unit;
  return { text: formatFen(fen, resolved, options), unit: resolved };
}

/**
 * Formats a Money decimal string ("431960000.00") exactly, from its fen, without floats.
 *
 * - `元`: thousands separators and two decimals: "431,960,000.00".
 * - `万元`: up to two decimals, trailing zeros dropped: "43,196".
 * - `亿元`: up to three decimals, trailing zeros dropped, as the 2021 report prints them:
 *   767600000.00 → "7.676", 431960000.00 → "4.32", 430520000.00 → "4.305".
 * - `auto`: picks the unit from the magnitude and APPENDS it: "7.676 亿元".
 *
 * Fixed units return the number only; put the unit next to it (see `MoneyText`).
 * Rounding is half away from zero.
 */
export function formatMoney(value: string, unit: MoneyUnit, options: MoneyFormatOptions = {}): string {
  const parts = formatMoneyParts(value, unit, options);
  return unit === 'auto' ? `${parts.text} ${parts.unit}` : parts.text;
}
