import { compareMoney, normalizeMoney } from '@hanbin/ui';
import type { Rule } from 'antd/es/form';
import type { KeyboardEvent } from 'react';

/** The server's Money rule for an amount typed by a person: digits, at most two decimals, numeric(18,2). */
export const MONEY_INPUT = /^\d{1,16}(\.\d{1,2})?$/;

/**
 * A positive amount with at most two decimals ("12500", "12,500.5"); optionally not above `limit`
 * (a Money string). Validated as text: the value never becomes a float.
 */
export function positiveMoneyRule(
  messages: { format: string; exceeds?: (limit: string) => string },
  limit?: string,
): Rule {
  return {
    validator(_, value: string | undefined) {
      if (value === undefined || value === null || value === '') return Promise.resolve();
      const cleaned = String(value).replace(/[,\s，]/g, '');
      const money = MONEY_INPUT.test(cleaned) ? normalizeMoney(cleaned) : null;
      if (!money || compareMoney(money, '0.00') <= 0) return Promise.reject(new Error(messages.format));
      if (limit !== undefined && messages.exceeds && compareMoney(money, limit) > 0) {
        return Promise.reject(new Error(messages.exceeds(limit)));
      }
      return Promise.resolve();
    },
  };
}

/** An amount that may be zero (收入 with nothing earned): digits, at most two decimals; empty passes. */
export function nonNegativeMoneyRule(message: string): Rule {
  return {
    validator(_, value: string | undefined) {
      if (value === undefined || value === null || value === '') return Promise.resolve();
      const cleaned = String(value).replace(/[,\s，]/g, '');
      return MONEY_INPUT.test(cleaned) && normalizeMoney(cleaned) !== null
        ? Promise.resolve()
        : Promise.reject(new Error(message));
    },
  };
}

/** The Money string the API takes for what a person typed ("1,234.5" → "1234.50"); never a float. */
export function toMoney(value: string | undefined | null): string {
  return normalizeMoney(String(value ?? '').replace(/[,\s，]/g, '') || '0') ?? '0.00';
}

/**
 * `onKeyDown` for a form whose submit button records something that cannot be undone (a step of the
 * procedure, a 销号): Enter in a one-line field (a date typed and confirmed) must not submit it.
 */
export function keepEnterFromSubmitting(event: KeyboardEvent<HTMLFormElement>): void {
  const target = event.target as HTMLElement;
  if (event.key === 'Enter' && target.tagName === 'INPUT') event.preventDefault();
}
