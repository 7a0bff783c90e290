/**
 * Shortens a sentence of page text for the printed cheat sheet: source citations out, the first
 * sentence kept, and anything still too long cut at a clause or word boundary with an ellipsis.
 */

/** A source reference as pages write them: "001#9", "002 Module 7", or a bare seed "002". */
const SOURCE = String.raw`\d{3}(?:#\d+| Module \d+)?`;
/** A parenthesis that only cites sources: "(001#9, 002 Module 7)", "(004#3; assumed)". */
const citationOnly = new RegExp(String.raw`\s*\((?:(?:${SOURCE}|assumed|see note)(?:\s*[,;]\s*|\s+and\s+)?)+\)`, 'g');
/** A citation at the end of a parenthesis that says more: "(relational, 003#48)". */
const trailingCitation = new RegExp(String.raw`(?:\s*[,;]\s*${SOURCE})+(?=\))`, 'g');

export function withoutCitations(text: string): string {
  return text.replace(citationOnly, '').replace(trailingCitation, '').replace(/\s+([.,;:])/g, '$1').trim();
}

/** Words whose full stop does not end a sentence. */
const abbreviations = /(?:\b(?:e\.g|i\.e|vs|etc|approx|cf|St|Dr|Mr|Ms))$/i;

/** The text up to the end of its first sentence (a full stop, question or exclamation mark
 * followed by a space and a capital, a quote, a parenthesis or a backtick; or the end). */
export function firstSentence(text: string): string {
  // Not an ellipsis ("SET ... NX"): a full stop after another is no sentence end.
  const end = /(?<!\.)[.?!](?!\.)(?=\s+[A-Z0-9"'(`*]|$)/g;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const before = text.slice(0, m.index);
    if (m[0] === '.' && abbreviations.test(before)) continue;
    return text.slice(0, m.index + 1);
  }
  return text;
}

const ellipsis = '…';

/**
 * At most `max` characters: the text itself if it fits, else cut at the last clause boundary
 * ("; ", ", ", " (", ": ", " - ") in the second half of the limit, else at the last space, with an
 * ellipsis. A cut never leaves a parenthesis open.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - ellipsis.length + 1);
  let cut = -1;
  for (const boundary of ['; ', ', ', ' (', ': ', ' - ', ' — ']) {
    const at = room.lastIndexOf(boundary);
    if (at > cut) cut = at;
  }
  if (cut < max / 2) cut = room.lastIndexOf(' ');
  if (cut <= 0) cut = max - ellipsis.length;
  let head = text.slice(0, cut).replace(/[\s,;:(—-]+$/, '');
  const open = (head.match(/\(/g) ?? []).length - (head.match(/\)/g) ?? []).length;
  if (open > 0) head = head.slice(0, head.lastIndexOf('(')).replace(/[\s,;:—-]+$/, '');
  return `${head}${ellipsis}`;
}

/** A list item or table cell in brief: citations out, first sentence, at most `max` characters. */
export function brief(text: string, max: number): string {
  const clean = withoutCitations(text.replace(/\s+/g, ' ').trim());
  return clip(firstSentence(clean), max);
}
