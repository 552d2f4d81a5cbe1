import { describe, expect, it } from 'vitest';
import { fenToMoney, moneyToFen, normalizeMoney, subtractMoney, sumMoney } from './decimal';
import { formatMoney } from './format';
import { computeRate, formatRate } from './rate';

describe('formatMoney in 亿元 (the 2021 report style)', () => {
  it.each([
    ['767600000.00', '7.676'],
    ['431960000.00', '4.32'],
    ['430520000.00', '4.305'],
    ['105000000.00', '1.05'],
    ['100000000.00', '1'],
    ['0.00', '0'],
  ])('%s → %s', (value, expected) => {
    expect(formatMoney(value, '亿元')).toBe(expected);
  });

  it('rounds half away from zero at the third decimal', () => {
    expect(formatMoney('430550000.00', '亿元')).toBe('4.306'); // 4.3055 → 4.306
    expect(formatMoney('430549999.99', '亿元')).toBe('4.305');
    expect(formatMoney('-430550000.00', '亿元')).toBe('-4.306');
    expect(formatMoney('99999999.99', '亿元')).toBe('1');
  });

  it('never prints -0', () => {
    expect(formatMoney('-0.01', '亿元')).toBe('0');
    expect(formatMoney('-0.00', '元')).toBe('0.00');
  });
});

describe('formatMoney in 元', () => {
  it('groups thousands and keeps two decimals', () => {
    expect(formatMoney('431960000.00', '元')).toBe('431,960,000.00');
    expect(formatMoney('1234.5', '元')).toBe('1,234.50');
    expect(formatMoney('7', '元')).toBe('7.00');
    expect(formatMoney('999.99', '元')).toBe('999.99');
  });

  it('is exact beyond the float range', () => {
    // 9999999999999999.99 is not representable as a double (it would print 10000000000000000).
    expect(formatMoney('9999999999999999.99', '元')).toBe('9,999,999,999,999,999.99');
    expect(formatMoney('-9999999999999999.99', '元')).toBe('-9,999,999,999,999,999.99');
    expect(formatMoney('9999999999999999.99', '亿元')).toBe('100,000,000');
    expect(formatMoney('9999999999999999.99', '万元')).toBe('1,000,000,000,000');
    expect(formatMoney('1234567890123456.78', '亿元')).toBe('12,345,678.901');
  });

  it('formats negatives (reversals)', () => {
    expect(formatMoney('-1234567.89', '元')).toBe('-1,234,567.89');
    expect(formatMoney('-0.05', '元')).toBe('-0.05');
  });
});

describe('formatMoney in 万元 and auto', () => {
  it('万元 keeps up to two decimals', () => {
    expect(formatMoney('123456.00', '万元')).toBe('12.35'); // 12.3456 → 12.35
    expect(formatMoney('120000.00', '万元')).toBe('12');
    expect(formatMoney('431960000.00', '万元')).toBe('43,196');
    expect(formatMoney('50.00', '万元')).toBe('0.01'); // 0.005 rounds up
    expect(formatMoney('49.99', '万元')).toBe('0');
  });

  it('auto picks the unit and appends it', () => {
    expect(formatMoney('767600000.00', 'auto')).toBe('7.676 亿元');
    expect(formatMoney('1500000.00', 'auto')).toBe('150 万元');
    expect(formatMoney('-25000.00', 'auto')).toBe('-2.5 万元');
    expect(formatMoney('9999.99', 'auto')).toBe('9,999.99 元');
    expect(formatMoney('99999999.99', 'auto')).toBe('1 亿元');
  });

  it('honours explicit options', () => {
    expect(formatMoney('431960000.00', '亿元', { decimals: 3, trimZeros: false })).toBe('4.320');
    expect(formatMoney('431960000.00', '元', { grouping: false })).toBe('431960000.00');
  });
});

describe('Money parsing and arithmetic', () => {
  it('rejects floats and garbage', () => {
    expect(() => formatMoney('1e9', '元')).toThrow();
    expect(() => formatMoney('1.234', '元')).toThrow();
    expect(() => formatMoney('abc', '元')).toThrow();
    expect(() => formatMoney('', '元')).toThrow();
  });

  it('round-trips through fen', () => {
    expect(moneyToFen('9999999999999999.99')).toBe(999999999999999999n);
    expect(fenToMoney(-5n)).toBe('-0.05');
    expect(normalizeMoney('1,234.5')).toBe('1234.50');
    expect(normalizeMoney('12.345')).toBeNull();
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30'); // a float would give 0.30000000000000004
    expect(subtractMoney('431960000.00', '430520000.00')).toBe('1440000.00');
  });
});

describe('rates', () => {
  it('formats a decimal rate as a percentage', () => {
    expect(formatRate('0.9967')).toBe('99.67%');
    expect(formatRate('1')).toBe('100.00%');
    expect(formatRate('0')).toBe('0.00%');
    expect(formatRate('0.99665')).toBe('99.67%');
    expect(formatRate('0.99664999')).toBe('99.66%');
    expect(formatRate('0.5', 0)).toBe('50%');
    expect(formatRate(null)).toBe('—');
  });

  it('computes a rate from two amounts exactly', () => {
    expect(computeRate('430520000.00', '431960000.00')).toBe('0.9967');
    expect(computeRate('1.00', '0.00')).toBeNull();
    expect(computeRate('9999999999999999.99', '9999999999999999.99')).toBe('1.0000');
  });
});
