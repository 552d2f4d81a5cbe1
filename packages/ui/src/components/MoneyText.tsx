import type { CSSProperties } from 'react';
import { fenToMoney, moneyToFen } from '../money/decimal';
import { formatMoneyParts, type MoneyFormatOptions, type MoneyUnit } from '../money/format';
import { formatRate } from '../money/rate';

export interface MoneyTextProps extends MoneyFormatOptions {
  /** A Money decimal string from the API ("431960000.00"); null/undefined prints "—". */
  value: string | null | undefined;
  /** Display unit; default 元. */
  unit?: MoneyUnit;
  /** Print the unit after the number. Default true. */
  showUnit?: boolean;
  /** Colour negative amounts (reversals) red. Default true. */
  markNegative?: boolean;
  className?: string;
  style?: CSSProperties;
}

const numberStyle: CSSProperties = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' };

/** An exact money amount; the title shows the full value in 元 when it is printed rounded. */
export function MoneyText({
  value,
  unit = '元',
  showUnit = true,
  markNegative = true,
  className,
  style,
  ...options
}: MoneyTextProps) {
  if (value === null || value === undefined || value === '') {
    return <span className={className}>—</span>;
  }
  const parts = formatMoneyParts(value, unit, options);
  const negative = moneyToFen(value) < 0n;
  const exact = `${fenToMoney(moneyToFen(value))} 元`;
  return (
    <span
      className={className}
      title={parts.unit === '元' ? undefined : exact}
      style={{ ...numberStyle, ...(negative && markNegative ? { color: '#cf1322' } : null), ...style }}
    >
      {parts.text}
      {showUnit ? ` ${parts.unit}` : null}
    </span>
  );
}

export interface RateTextProps {
  /** A rate decimal string ("0.9967"); null prints "—". */
  value: string | null | undefined;
  decimals?: number;
  className?: string;
  style?: CSSProperties;
}

/** A rate as a percentage ("99.67%"), exact. */
export function RateText({ value, decimals, className, style }: RateTextProps) {
  return (
    <span className={className} style={{ ...numberStyle, ...style }}>
      {formatRate(value, decimals)}
    </span>
  );
}
