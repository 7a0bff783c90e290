/**
 * Units of capacity estimates, and how their values are written for a reader.
 *
 * A unit is `numerator` or `numerator/denominator`. Numerators with a meaning of their own:
 * `B` bytes and `b` bits (decimal prefixes: 1 KB = 1,000 B, as in storage and network rates),
 * `s` and `ms`, `%` (the value is a fraction: 0.99 is written 99%) and `x` (a multiple).
 * Any other numerator is a counted noun (users, req, posts, servers). Values are stored in these
 * base units, never pre-scaled: 2 TB is 2e12 with unit `B`.
 */

export const UNIT_PATTERN = /^(B|b|s|ms|%|x|[a-z][a-z-]*)(\/(s|min|h|day|month|year|[a-z][a-z-]*))?$/;

const decimalPrefixes = ['', 'K', 'M', 'G', 'T', 'P', 'E', 'Z'];
const countWords: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** Three significant figures, without trailing zeros: 2.25, 41.7, 1670. */
export function significant(value: number, digits = 3): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 10 ** digits) return Math.round(value).toLocaleString('en-US');
  const rounded = Number(value.toPrecision(digits));
  return rounded.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** A fraction as a percentage, with the digits it takes not to round 99.9997% up to 100%. */
function percent(fraction: number): string {
  let digits = 3;
  while (digits < 9 && fraction < 1 && significant(fraction * 100, digits) === '100') digits++;
  return significant(fraction * 100, digits);
}

function withPrefix(value: number, symbol: string): string {
  let i = 0;
  let v = value;
  while (Math.abs(v) >= 1000 && i < decimalPrefixes.length - 1) {
    v /= 1000;
    i++;
  }
  return `${significant(v)} ${decimalPrefixes[i]}${symbol}`;
}

function countPhrase(value: number, noun: string): string {
  for (const [size, word] of countWords) {
    if (Math.abs(value) >= size) return `${significant(value / size)} ${word}${noun ? ` ${noun}` : ''}`;
  }
  return `${significant(value)}${noun ? ` ${noun}` : ''}`;
}

export function formatQuantity(value: number, unit: string): string {
  const [numerator, denominator] = unit.split('/');
  const per = denominator ? `/${denominator}` : '';
  switch (numerator) {
    case 'B':
      return withPrefix(value, 'B') + per;
    case 'b':
      return withPrefix(value, 'b') + per;
    case 's':
    case 'ms':
      return `${significant(value)} ${numerator}${per}`;
    case '%':
      return `${percent(value)}%${per ? ` ${per.slice(1)}` : ''}`;
    case 'x':
      return `${significant(value)}×`;
    default:
      return countPhrase(value, numerator) + per;
  }
}
