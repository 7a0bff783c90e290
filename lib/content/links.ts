/** What a link in a page body points at, when it stays on the site. */
export type InternalTarget =
  | { kind: 'design' | 'concept'; slug: string; hash: string }
  | { kind: 'other' };

export function internalTarget(href: string): InternalTarget | null {
  if (!href.startsWith('/')) return null;
  const m = /^\/(designs|concepts)\/([a-z0-9-]+)\/?(#.*)?$/.exec(href);
  if (!m) return { kind: 'other' };
  return { kind: m[1] === 'designs' ? 'design' : 'concept', slug: m[2], hash: m[3] ?? '' };
}

/** Markdown links in a body, with their line, for the build's check of known slugs. */
export function bodyLinks(body: string, firstLine: number): { href: string; line: number }[] {
  const links: { href: string; line: number }[] = [];
  let inFence = false;
  body.split('\n').forEach((text, i) => {
    if (/^\s*(`{3,}|~{3,})/.test(text)) inFence = !inFence;
    if (inFence) return;
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) links.push({ href: m[1], line: firstLine + i });
  });
  return links;
}
