import { describe, expect, it } from 'vitest';
import { fromCents, toCents } from './money.js';

describe('money', () => {
  it('reads decimal strings exactly', () => {
    expect(toCents('19.99')).toBe(1999);
    expect(toCents('0.1')).toBe(10);
    expect(toCents('1500')).toBe(150000);
    expect(toCents('-2.50')).toBe(-250);
    expect(toCents('2.345')).toBe(235);
    expect(toCents(undefined)).toBe(0);
  });

  it('adds without float drift and writes two decimals', () => {
    expect(fromCents(toCents('0.1') + toCents('0.2'))).toBe('0.30');
    expect(fromCents(-5)).toBe('-0.05');
  });

  it('refuses what is not an amount', () => {
    expect(() => toCents('12,50')).toThrow(/not an amount/);
  });
});
