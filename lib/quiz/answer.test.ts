import { describe, expect, it } from 'vitest';
import { describeNumericAnswer, parseQuantity, withinTolerance } from './answer';

const value = (input: string, unit: string) => {
  const r = parseQuantity(input, unit);
  if (!r.ok) throw new Error(`${input} (${unit}): ${r.message}`);
  return r.value;
};
const refused = (input: string, unit: string) => {
  const r = parseQuantity(input, unit);
  return r.ok ? null : r.message;
};

describe('parseQuantity', () => {
  it('reads bytes with decimal and binary prefixes', () => {
    expect(value('3 TB', 'B')).toBe(3e12);
    expect(value('3TB', 'B')).toBe(3e12);
    expect(value('33 GB', 'B')).toBe(33e9);
    expect(refused('33 gb', 'B')).toMatch(/is bits/);
    expect(value('3e12', 'B')).toBe(3e12);
    expect(value('3,000,000,000,000', 'B')).toBe(3e12);
    expect(value('1 GiB', 'B')).toBe(2 ** 30);
    expect(value('500 bytes', 'B')).toBe(500);
    expect(value('2 TB/day', 'B/day')).toBe(2e12);
  });

  it('reads bits, and refuses bytes where bits are asked (and the reverse)', () => {
    expect(value('40 Gb', 'b/s')).toBe(40e9);
    expect(value('40 Gbit', 'b/s')).toBe(40e9);
    expect(refused('5 GB', 'b/s')).toMatch(/is bytes/);
    expect(refused('5 Gb', 'B')).toMatch(/is bits/);
  });

  it('reads percentages as fractions', () => {
    expect(value('10.6', '%')).toBeCloseTo(0.106, 12);
    expect(value('10.6%', '%')).toBeCloseTo(0.106, 12);
    expect(value('10.6 %', '%')).toBeCloseTo(0.106, 12);
  });

  it('reads counts with scale words and the noun', () => {
    expect(value('38.6', 'req/s')).toBe(38.6);
    expect(value('38.6 req/s', 'req/s')).toBe(38.6);
    expect(value('1.2 million', 'users')).toBe(1.2e6);
    expect(value('1.2M', 'users')).toBe(1.2e6);
    expect(value('6 billion', 'urls')).toBe(6e9);
    expect(value('6B', 'urls')).toBe(6e9);
    expect(value('2 million users', 'users')).toBe(2e6);
    expect(value('3k', 'req')).toBe(3000);
    expect(value('3,858', 'req/s')).toBe(3858);
    expect(value('200', 'req')).toBe(200);
  });

  it('reads durations in the unit asked', () => {
    expect(value('250 ms', 's')).toBe(0.25);
    expect(value('1.5', 's')).toBe(1.5);
    expect(value('2 min', 's')).toBe(120);
    expect(value('1.5 s', 'ms')).toBe(1500);
    expect(value('3x', 'x')).toBe(3);
  });

  it('refuses what is not an answer in the unit, with a hint', () => {
    expect(refused('', 'B')).toMatch(/Type a number/);
    expect(refused('lots', 'B')).toMatch(/not a number.*3 TB/);
    expect(refused('3 parsecs', 'B')).toMatch(/does not fit/);
    expect(refused('38 req/day', 'req/s')).toMatch(/per s/);
    expect(refused('38 apples', 'req')).toMatch(/does not fit/);
    expect(refused('1e999', 'req')).toMatch(/too large/);
  });
});

describe('withinTolerance', () => {
  it('accepts answers within the relative tolerance, on both sides', () => {
    expect(withinTolerance(3.8e12, 3e12, 0.3)).toBe(true);
    expect(withinTolerance(2.1e12, 3e12, 0.3)).toBe(true);
    expect(withinTolerance(3.91e12, 3e12, 0.3)).toBe(false);
    expect(withinTolerance(0.3, 0.25, 0.2)).toBe(true);
    expect(withinTolerance(-0.05, 0, 0.1)).toBe(true);
  });
  it('describes the right answer in its unit', () => {
    expect(describeNumericAnswer(3e12, 'B', 0.3)).toBe('3 TB (answers within 30% count)');
  });
});
