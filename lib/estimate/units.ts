/**
 * Units of capacity estimates, and how their values are written for a reader and read back.
 *
 * A unit is `numerator` or `numerator/denominator`. Numerators with a meaning of their own:
 * - `B` bytes and `b` bits, written with decimal (SI) prefixes: 1 KB = 1,000 B, 1 GB = 10^9 B,
 *   as storage vendors, network rates and cloud pricing count;
 * - `iB` bytes written with binary (IEC) prefixes: 1 KiB = 1,024 B, 1 GiB = 2^30 B, for sizes
 *   that are powers of two (RAM, block and page sizes). The value is still a count of bytes;
 *   only the way it is written differs;
 * - `s` and `ms`, written one prefix down when below one unit (0.5 s is 500 ms, 0.5 ms is
 *   500 µs, down to ns);
 * - `%` (the value is a fraction: 0.99 is written 99%) and `x` (a multiple).
 * Any other numerator is a counted noun (users, req, posts, servers). Values are stored in these
 * base units, never pre-scaled: 2 TB is 2e12 with unit `B`.
 */

export const UNIT_PATTERN = /^(B|iB|b|s|ms|%|x|[a-z][a-z-]*)(\/(s|min|h|day|month|year|[a-z][a-z-]*))?$/;

const decimalPrefixes = ['', 'K', 'M', 'G', 'T', 'P', 'E', 'Z'];
const binaryPrefixes = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei', 'Zi'];
/** Time symbols from the largest down, each with its size in seconds. */
const timeSymbols: [string, number][] = [
  ['s', 1],
  ['ms', 1e-3],
  ['µs', 1e-6],
  ['ns', 1e-9],
];
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

function withPrefix(value: number, symbol: string, prefixes = decimalPrefixes, step = 1000): string {
  let i = 0;
  let v = value;
  // Move up while the three significant figures would show 1,000 or more of this prefix (so
  // binary sizes from 1,000 to 1,023 KiB are written 0.98 to 1 MiB, never with four digits).
  while (Math.abs(Number(v.toPrecision(3))) >= 1000 && i < prefixes.length - 1) {
    v /= step;
    i++;
  }
  return `${significant(v)} ${prefixes[i]}${symbol}`;
}

/** A time in seconds, one prefix down for each factor of 1,000 below the starting symbol. */
function time(seconds: number, from: number): string {
  let i = from;
  while (i < timeSymbols.length - 1 && seconds !== 0 && Math.abs(Number((seconds / timeSymbols[i][1]).toPrecision(3))) < 1) i++;
  return `${significant(seconds / timeSymbols[i][1])} ${timeSymbols[i][0]}`;
}

function countPhrase(value: number, noun: string): string {
  for (const [size, word] of countWords) {
    if (Math.abs(value) >= size) return `${significant(value / size)} ${word}${noun ? ` ${noun}` : ''}`;
  }
  return `${significant(value)}${noun ? ` ${noun}` : ''}`;
}

export type FormatOptions = {
  /** Leave out a counted noun ("200 million", not "200 million users"), for use inside prose
   * that names the noun itself. Symbols (B, ms, %, ×) are always written. */
  noun?: boolean;
};

export function formatQuantity(value: number, unit: string, { noun = true }: FormatOptions = {}): string {
  const [numerator, denominator] = unit.split('/');
  const per = denominator ? `/${denominator}` : '';
  switch (numerator) {
    case 'B':
      return withPrefix(value, 'B') + per;
    case 'iB':
      return withPrefix(value, 'B', binaryPrefixes, 1024) + per;
    case 'b':
      return withPrefix(value, 'b') + per;
    case 's':
      return time(value, 0) + per;
    case 'ms':
      return time(value / 1000, 1) + per;
    case '%':
      return `${percent(value)}%${per ? ` ${per.slice(1)}` : ''}`;
    case 'x':
      return `${significant(value)}×`;
    default:
      return noun ? countPhrase(value, numerator) + per : countPhrase(value, '');
  }
}

const scaleWords: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  t: 1e12,
};
const timeWords: Record<string, number> = { ns: 1e-9, us: 1e-6, 'µs': 1e-6, ms: 1e-3, s: 1, sec: 1, min: 60, h: 3600, hour: 3600, hours: 3600, day: 86400, days: 86400 };
const prefixIndex = (p: string) => decimalPrefixes.indexOf(p.toUpperCase());
const singular = (w: string) => w.toLowerCase().replace(/s$/, '');

/** A size written with a byte or bit symbol ("33 GB", "16 KiB", "5 Mb/s", "5 Mbps"), in bytes or bits. */
function dataSize(n: number, symbol: string): { value: number; bits: boolean } | null {
  const m = /^([kKMGTPE]?)(i?)(B|b|bytes?|bits?)(ps|\/s)?$/.exec(symbol);
  if (!m) return null;
  const bits = m[3] === 'b' || m[3].startsWith('bit');
  const i = prefixIndex(m[1]);
  return { value: n * (m[2] ? 1024 : 1000) ** i, bits };
}

/**
 * Reads a figure a reader typed, in the unit of the estimate it is for: "2e8", "200,000,000",
 * "200 million" or "200M" for counts; "33 GB", "33e9", "16 KiB" for bytes; "5 Mb/s" or
 * "5 Mbps" for bit rates; "150 ms" or "0.15" for seconds; "20%" or "20" for percentages (a bare
 * number is a percent). Returns null when the text is not a figure in that unit, so the caller
 * can say so.
 */
export function parseQuantity(text: string, unit: string): number | null {
  const [numerator, denominator] = unit.split('/');
  const cleaned = text
    .trim()
    .replace(/^(about|around|roughly|~)\s*/i, '')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/(\d)_(?=\d)/g, '$1');
  const m = /^([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*(.*)$/i.exec(cleaned);
  if (!m) return null;
  const n = Number(m[1]);
  // The unit's own denominator may be typed or not: "33 GB/day" and "33 GB" both mean bytes per day.
  let rest = m[2].trim();
  if (denominator && rest.endsWith(`/${denominator}`)) rest = rest.slice(0, -denominator.length - 1).trim();
  if (!Number.isFinite(n)) return null;
  switch (numerator) {
    case '%':
      return rest === '' || rest === '%' ? n / 100 : null;
    case 'x':
      return rest === '' || rest === 'x' || rest === '×' ? n : null;
    case 'B':
    case 'iB':
    case 'b': {
      if (rest === '') return n;
      const size = dataSize(n, rest);
      if (!size || size.bits !== (numerator === 'b')) return null;
      return size.value;
    }
    case 's':
    case 'ms': {
      if (rest === '') return n;
      const seconds = timeWords[rest.toLowerCase()];
      if (seconds === undefined) return null;
      return (n * seconds) / (numerator === 'ms' ? 1e-3 : 1);
    }
    default: {
      // A count: an optional scale word, then optionally the unit's noun.
      const words = /^([a-zA-Z]+)?\s*(.*)$/.exec(rest)!;
      let scale = 1;
      let noun = rest;
      if (words[1] && words[1].toLowerCase() in scaleWords && (words[2] !== '' || !singular(numerator).startsWith(words[1].toLowerCase()))) {
        scale = scaleWords[words[1].toLowerCase()];
        noun = words[2];
      }
      if (noun !== '' && singular(noun) !== singular(numerator)) return null;
      return n * scale;
    }
  }
}
