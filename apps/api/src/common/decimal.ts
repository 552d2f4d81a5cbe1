import type { ValueTransformer } from 'typeorm';

/** "148.0000" → "148", "200.5000" → "200.5": a measured value as people write it. */
export function trimDecimal(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

/** Reads a `numeric` column as a trimmed decimal string (never a float). */
export const trimmedDecimal: ValueTransformer = {
  from: (value: string | null) => (value == null ? value : trimDecimal(value)),
  to: (value: string | null | undefined) => value,
};
