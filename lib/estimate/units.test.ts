import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatQuantity, parseQuantity, significant, UNIT_PATTERN } from './units';

describe('formatQuantity', () => {
  it('writes bytes with decimal prefixes', () => {
    expect(formatQuantity(2.25e18, 'B/day')).toBe('2.25 EB/day');
    expect(formatQuantity(3e12, 'B')).toBe('3 TB');
    expect(formatQuantity(500, 'B')).toBe('500 B');
    expect(formatQuantity(1.5e9, 'b/s')).toBe('1.5 Gb/s');
  });

  it('moves to the next prefix when rounding reaches 1,000', () => {
    expect(formatQuantity(999_700, 'B')).toBe('1 MB');
    expect(formatQuantity(999_400, 'B')).toBe('999 KB');
  });

  it('writes iB bytes with binary prefixes, 1,024 apart', () => {
    expect(formatQuantity(16384, 'iB')).toBe('16 KiB');
    expect(formatQuantity(4 * 2 ** 20, 'iB')).toBe('4 MiB');
    expect(formatQuantity(2 ** 30, 'iB')).toBe('1 GiB');
    expect(formatQuantity(1e9, 'iB')).toBe('954 MiB');
    expect(formatQuantity(64 * 2 ** 30, 'iB/s')).toBe('64 GiB/s');
    expect(formatQuantity(1000, 'iB')).toBe('0.977 KiB');
  });

  it('writes counts in words above a million', () => {
    expect(formatQuantity(200e6, 'users')).toBe('200 million users');
    expect(formatQuantity(6e9, 'urls')).toBe('6 billion urls');
    expect(formatQuantity(11574.07, 'req/s')).toBe('11,574 req/s');
    expect(formatQuantity(38.58, 'req/s')).toBe('38.6 req/s');
  });

  it('leaves out the counted noun on request, never a symbol', () => {
    expect(formatQuantity(200e6, 'users', { noun: false })).toBe('200 million');
    expect(formatQuantity(38.58, 'req/s', { noun: false })).toBe('38.6');
    expect(formatQuantity(500, 'B', { noun: false })).toBe('500 B');
    expect(formatQuantity(0.2, '%', { noun: false })).toBe('20%');
  });

  it('writes times below one unit with the next smaller prefix', () => {
    expect(formatQuantity(0.15, 's')).toBe('150 ms');
    expect(formatQuantity(0.0005, 's')).toBe('500 µs');
    expect(formatQuantity(5e-10, 's')).toBe('0.5 ns');
    expect(formatQuantity(3, 's')).toBe('3 s');
    expect(formatQuantity(259200, 's')).toBe('259,200 s');
    expect(formatQuantity(0.5, 'ms')).toBe('500 µs');
    expect(formatQuantity(150, 'ms')).toBe('150 ms');
    expect(formatQuantity(0.9996, 's')).toBe('1 s');
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
    for (const ok of ['B', 'iB', 'iB/s', 'B/day', 'req/s', 'users', 'posts/user', '%', 'x', 'ms']) expect(UNIT_PATTERN.test(ok)).toBe(true);
    for (const bad of ['GB', 'GiB', 'TB/day', 'req per s', '', '/s']) expect(UNIT_PATTERN.test(bad)).toBe(false);
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

describe('parseQuantity', () => {
  it('reads counts as digits, exponents, words and suffixes', () => {
    for (const text of ['2e8', '200000000', '200,000,000', '200_000_000', '200 million', '200M', '200 million users', '0.2 billion', 'about 200 million'])
      expect(parseQuantity(text, 'users')).toBe(2e8);
    expect(parseQuantity('38.6', 'req/s')).toBe(38.6);
    expect(parseQuantity('38.6 req/s', 'req/s')).toBe(38.6);
    expect(parseQuantity('12k', 'req/s')).toBe(12000);
  });

  it('reads bytes and bits with decimal or binary prefixes, and refuses the wrong one of the two', () => {
    expect(parseQuantity('33 GB', 'B')).toBe(33e9);
    expect(parseQuantity('3.3e10', 'B')).toBe(3.3e10);
    expect(parseQuantity('16 KiB', 'iB')).toBe(16384);
    expect(parseQuantity('2.25 EB/day', 'B/day')).toBe(2.25e18);
    expect(parseQuantity('5 Mb/s', 'b/s')).toBe(5e6);
    expect(parseQuantity('5 Mbps', 'b/s')).toBe(5e6);
    expect(parseQuantity('5 MB', 'b/s')).toBeNull();
    expect(parseQuantity('5 Mb', 'B')).toBeNull();
  });

  it('reads times, percentages and multiples', () => {
    expect(parseQuantity('150 ms', 's')).toBeCloseTo(0.15, 12);
    expect(parseQuantity('2 h', 's')).toBe(7200);
    expect(parseQuantity('0.5 s', 'ms')).toBe(500);
    expect(parseQuantity('20%', '%')).toBe(0.2);
    expect(parseQuantity('20', '%')).toBe(0.2);
    expect(parseQuantity('3x', 'x')).toBe(3);
  });

  it('returns null for text that is not a figure in the unit', () => {
    for (const [text, unit] of [['', 'B'], ['lots', 'users'], ['12 apples', 'users'], ['3 GB', 's'], ['1e999', 'B'], ['5 %', 'B']])
      expect(parseQuantity(text, unit)).toBeNull();
  });

  it('reads back what formatQuantity writes, to its three significant figures', () => {
    const units = ['B', 'iB', 'b/s', 'users', 'req/s', 's', 'ms', '%', 'x'];
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e15, noNaN: true }), fc.constantFrom(...units), (v, unit) => {
        const back = parseQuantity(formatQuantity(v, unit), unit);
        expect(back).not.toBeNull();
        expect(Math.abs(back! - v) / v).toBeLessThan(0.006);
      }),
    );
  });
});
