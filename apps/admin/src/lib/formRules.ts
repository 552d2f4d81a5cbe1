import { compareMoney, normalizeMoney } from '@hanbin/ui';
import type { Rule } from 'antd/es/form';

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
