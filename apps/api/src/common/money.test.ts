import { describe, expect, it } from 'vitest';
import { MoneyScalar } from './money';

describe('the Money scalar in answers', () => {
  it('passes canonical amounts through and canonicalises the rest the same way as before', () => {
    const cases: [string | bigint, string][] = [
      ['0.00', '0.00'],
      ['431960000.00', '431960000.00'],
      ['-12.30', '-12.30'],
      ['9999999999999999.99', '9999999999999999.99'],
      ['-0.00', '0.00'],
      ['007.50', '7.50'],
      ['00.00', '0.00'],
      ['123.4', '123.40'],
      ['5', '5.00'],
      ['-0', '0.00'],
      [5n, '5.00'],
    ];
    for (const [value, shown] of cases) expect(MoneyScalar.serialize(value), String(value)).toBe(shown);
  });

  it('refuses what is not an amount', () => {
    expect(() => MoneyScalar.serialize(12.5)).toThrow(/decimal string/);
  });
});
