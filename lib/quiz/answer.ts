/**
 * Reading and checking answers. Numeric answers are typed in the item's unit, with the prefixes
 * a reader would use ("3 TB" for bytes, "1.2 million" or "1.2M" for counts, "10.6%" for a share);
 * a reply in the wrong unit is refused with a message rather than marked wrong.
 */
import { formatQuantity } from '../estimate/units';

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

const decimal: Record<string, number> = { '': 1, k: 1e3, m: 1e6, g: 1e9, t: 1e12, p: 1e15, e: 1e18 };
const binary: Record<string, number> = { ki: 2 ** 10, mi: 2 ** 20, gi: 2 ** 30, ti: 2 ** 40, pi: 2 ** 50 };
const countWords: Record<string, number> = {
  '': 1,
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
};
const durations: Record<string, number> = { ms: 1e-3, s: 1, sec: 1, min: 60, h: 3600, day: 86_400 };

/** A worked example of the unit, for the input's hint. */
export function unitHint(unit: string): string {
  const [numerator, denominator] = unit.split('/');
  const per = denominator ? `/${denominator}` : '';
  switch (numerator) {
    case 'B':
      return `bytes${per}: 3 TB, 33 GB or 3e12`;
    case 'b':
      return `bits${per}: 40 Gb or 4e10`;
    case '%':
      return 'a percentage: 10.6 or 10.6%';
    case 'x':
      return 'a multiple: 3 or 3x';
    case 's':
    case 'ms':
      return `${numerator === 's' ? 'seconds' : 'milliseconds'}${per}: 250 ms, 1.5 s`;
    default:
      return `${numerator}${per}: 38.6, 1.2 million, 1.2M or 1.2e6`;
  }
}

/** Scale of a suffix for a unit's numerator, or undefined when the suffix does not fit the unit. */
function scaleFor(numerator: string, suffix: string): number | undefined {
  const s = suffix.trim();
  switch (numerator) {
    case 'B':
    case 'b': {
      if (s === '') return 1;
      const m = /^([kmgtpe]i?)?(b|byte|bytes|bit|bits)$/i.exec(s);
      if (!m) return undefined;
      const isBits = m[2] === 'b' || /^bits?$/i.test(m[2]);
      if (isBits !== (numerator === 'b')) return undefined;
      const prefix = (m[1] ?? '').toLowerCase();
      return prefix.endsWith('i') ? binary[prefix] : decimal[prefix];
    }
    case '%':
      return s === '' || s === '%' ? 0.01 : undefined;
    case 'x':
      return s === '' || s === 'x' || s === '×' ? 1 : undefined;
    case 's':
    case 'ms': {
      const seconds = s === '' ? (numerator === 's' ? 1 : 1e-3) : durations[s.toLowerCase()];
      return seconds === undefined ? undefined : numerator === 's' ? seconds : seconds * 1e3;
    }
    default: {
      // A count: an optional scale word, then optionally the noun itself ("38 req", "2 million users").
      const m = /^([a-z]*)\s*([a-z-]*)$/i.exec(s);
      if (!m) return undefined;
      let [, word, noun] = m;
      if (noun === '' && word.toLowerCase() === numerator) [word, noun] = ['', word];
      if (noun !== '' && noun.toLowerCase() !== numerator) return undefined;
      return countWords[word.toLowerCase()];
    }
  }
}

/** Reads a typed answer as a value in `unit` (a "%" unit is a fraction: "10.6%" is 0.106). */
export function parseQuantity(input: string, unit: string): Parsed {
  const text = input.trim().replace(/(\d)[,_ ](?=\d{3}\b)/g, '$1');
  if (text === '') return { ok: false, message: 'Type a number first.' };
  const [numerator, denominator] = unit.split('/');
  const m = /^([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*(.*?)\s*(?:(?:\/|per\s+)\s*([a-z]+))?$/i.exec(text);
  if (!m) return { ok: false, message: `"${input.trim()}" is not a number. Write ${unitHint(unit)}.` };
  const [, number, suffix, per] = m;
  if (per !== undefined && per.toLowerCase() !== denominator) {
    return { ok: false, message: `The answer is ${denominator ? `per ${denominator}` : 'not a rate'}; write ${unitHint(unit)}.` };
  }
  const scale = scaleFor(numerator, suffix);
  if (scale === undefined) {
    // Bits and bytes differ by 8x, so "gb" for bytes is refused with the reason, not guessed.
    const bitsForBytes = numerator === 'B' && /^([kmgtpe]i?)?(b|bits?)$/i.test(suffix) && !suffix.includes('B');
    const bytesForBits = numerator === 'b' && /^([kmgtpe]i?)?(B|bytes?)$/i.test(suffix) && !/b$|bits?$/.test(suffix);
    if (bitsForBytes) return { ok: false, message: `"${suffix}" is bits (lowercase b); this answer is in bytes. Write ${unitHint(unit)}.` };
    if (bytesForBits) return { ok: false, message: `"${suffix}" is bytes (uppercase B); this answer is in bits. Write ${unitHint(unit)}.` };
    return { ok: false, message: `"${suffix}" does not fit this answer's unit. Write ${unitHint(unit)}.` };
  }
  const value = Number(number) * scale;
  if (!Number.isFinite(value)) return { ok: false, message: 'That number is too large.' };
  return { ok: true, value };
}

/** Within `tolerance` of the answer, relative to it (an answer of 0 accepts |value| <= tolerance). */
export function withinTolerance(value: number, answer: number, tolerance: number): boolean {
  const scale = answer === 0 ? 1 : Math.abs(answer);
  return Math.abs(value - answer) <= tolerance * scale * (1 + 1e-12);
}

/** "3 TB (accepted within 30%)": the right answer as the reader sees it after replying. */
export function describeNumericAnswer(value: number, unit: string, tolerance: number): string {
  return `${formatQuantity(value, unit)} (answers within ${Math.round(tolerance * 100)}% count)`;
}
