/**
 * Where a page's h2 section lies, from its headings (which carry file lines): for code that reads
 * one section of a body, such as the mock interview's hints and the cheat sheet's diagram.
 * Client-safe: no Node imports.
 */
type HeadingLine = { depth: number; text: string; line: number };

/** The h2 titled `title`, the headings under it, and the file line where the section ends (the
 * next heading of depth 2 or less; Infinity when it runs to the end of the page). */
export function h2Section<H extends HeadingLine>(headings: readonly H[], title: string) {
  const at = headings.findIndex((h) => h.depth === 2 && h.text === title);
  if (at === -1) return undefined;
  const after = headings.slice(at + 1);
  const next = after.findIndex((h) => h.depth <= 2);
  return {
    heading: headings[at],
    inside: next === -1 ? after : after.slice(0, next),
    endLine: next === -1 ? Infinity : after[next].line,
  };
}
