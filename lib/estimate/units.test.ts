import { describe, expect, it } from 'vitest';
import { formatQuantity, significant, UNIT_PATTERN } from './units';

describe('formatQuantity', () => {
  it('writes bytes with decimal prefixes', () => {
    expect(formatQuantity(2.25e18, 'B/day')).toBe('2.25 EB/day');
    expect(formatQuantity(3e12, 'B')).toBe('3 TB');
    expect(formatQuantity(500, 'B')).toBe('500 B');
    expect(formatQuantity(1.5e9, 'b/s')).toBe('1.5 Gb/s');
  });

  it('writes counts in words above a million', () => {
    expect(formatQuantity(200e6, 'users')).toBe('200 million users');
    expect(formatQuantity(6e9, 'urls')).toBe('6 billion urls');
    expect(formatQuantity(11574.07, 'req/s')).toBe('11,574 req/s');
    expect(formatQuantity(38.58, 'req/s')).toBe('38.6 req/s');
  });

  it('writes fractions as percentages and multiples with ×', () => {
    expect(formatQuantity(0.99, '%')).toBe('99%');
    expect(formatQuantity(100, 'x')).toBe('100×');
  });

  it('keeps three significant figures', () => {
    expect(significant(1.66666)).toBe('1.67');
    expect(significant(0.000123456)).toBe('0.000123');
    expect(significant(0)).toBe('0');
  });

  it('accepts units of the documented shapes only', () => {
    for (const ok of ['B', 'B/day', 'req/s', 'users', 'posts/user', '%', 'x', 'ms']) expect(UNIT_PATTERN.test(ok)).toBe(true);
    for (const bad of ['GB', 'TB/day', 'req per s', '', '/s']) expect(UNIT_PATTERN.test(bad)).toBe(false);
  });
});

describe('percentages near 100%', () => {
  it('keep the digits that tell them from 100%', () => {
    expect(formatQuantity(0.999997, '%')).toBe('99.9997%');
    expect(formatQuantity(0.999, '%')).toBe('99.9%');
    expect(formatQuantity(0.9995, '%')).toBe('99.95%');
    expect(formatQuantity(1, '%')).toBe('100%');
  });
});
