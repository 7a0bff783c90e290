/**
 * Pagefind's excerpts are escaped page text with the matched words wrapped in <mark>. The palette
 * renders them as text segments, never as HTML, so a page's text can never inject markup.
 */
export type ExcerptSegment = { text: string; mark: boolean };

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return entities[code.toLowerCase()] ?? whole;
  });
}

/** Splits an excerpt into plain and highlighted segments; any other tag is dropped. */
export function parseExcerpt(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  const push = (raw: string, mark: boolean) => {
    const text = decodeEntities(raw.replace(/<[^>]*>/g, ''));
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  };
  let at = 0;
  for (const m of excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)) {
    push(excerpt.slice(at, m.index), false);
    push(m[1], true);
    at = m.index + m[0].length;
  }
  push(excerpt.slice(at), false);
  return segments;
}
