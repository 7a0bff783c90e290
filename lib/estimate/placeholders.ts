/**
 * Estimates named inside prose: "At {newUrlsPerMonth} new URLs per month" shows the page's value
 * (or the reader's, in the calculator) instead of a number typed by hand, so the text cannot
 * drift from the estimate it quotes. Numeric quiz prompts use them.
 */
import { formatQuantity } from './units';

export type TextPart = string | { id: string };

const PLACEHOLDER = /\{([a-z][A-Za-z0-9]*)\}/g;

/** The text cut at its placeholders: plain strings and `{ id }` parts, in order. */
export function splitPlaceholders(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push({ id: m[1] });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

export function placeholderIds(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** How a placeholder reads in prose: the value with its symbol, without a counted noun (the
 * sentence names the noun). */
export function placeholderText(value: number, unit: string): string {
  return formatQuantity(value, unit, { noun: false });
}

/** The text with each placeholder written out; unknown ids stay as they are. */
export function fillPlaceholders(text: string, estimates: ReadonlyMap<string, { result: number; unit: string }>): string {
  return splitPlaceholders(text)
    .map((p) => {
      if (typeof p === 'string') return p;
      const e = estimates.get(p.id);
      return e ? placeholderText(e.result, e.unit) : `{${p.id}}`;
    })
    .join('');
}
