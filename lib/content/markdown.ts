/**
 * A line scan of an MDX body for what the build checks: headings (with the ids the page gives
 * them) and Mermaid fences (with their line numbers and text alternatives). The renderer turns
 * the same fences into diagrams through remark-diagrams.ts, keyed by the same hash.
 */
import GithubSlugger from 'github-slugger';
import { createHash } from 'node:crypto';
import { RENDER_VERSION } from '../diagram/palette';

export type Heading = { depth: number; text: string; id: string; line: number };
export type MermaidBlock = {
  source: string;
  hash: string;
  /** 1-based line of the opening fence in the file (frontmatter included). */
  line: number;
  title?: string;
  description?: string;
};

/** The text of a heading as a reader sees it: inline code, emphasis and links flattened. */
export function headingText(raw: string): string {
  return raw
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .trim();
}

export function diagramHash(source: string): string {
  return createHash('sha256').update(`${RENDER_VERSION}\n${source.trim()}`).digest('hex').slice(0, 16);
}

export function accessibleText(source: string): { title?: string; description?: string } {
  const title = /^\s*accTitle\s*:\s*(.+)$/m.exec(source)?.[1]?.trim();
  const description = /^\s*accDescr\s*:\s*(.+)$/m.exec(source)?.[1]?.trim();
  return { title, description };
}

export function scanBody(body: string, firstLine = 1): { headings: Heading[]; diagrams: MermaidBlock[] } {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  const diagrams: MermaidBlock[] = [];
  const lines = body.split('\n');
  let fence: { marker: string; lang: string; start: number; lines: string[] } | null = null;
  lines.forEach((text, i) => {
    const line = firstLine + i;
    if (fence) {
      if (text.trim().startsWith(fence.marker) && text.trim().replace(/[`~]/g, '') === '') {
        if (fence.lang === 'mermaid') {
          const source = fence.lines.join('\n');
          diagrams.push({ source, hash: diagramHash(source), line: fence.start, ...accessibleText(source) });
        }
        fence = null;
      } else fence.lines.push(text);
      return;
    }
    const open = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(text);
    if (open) {
      fence = { marker: open[1], lang: open[2], start: line, lines: [] };
      return;
    }
    const h = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(text);
    if (h) {
      const t = headingText(h[2]);
      headings.push({ depth: h[1].length, text: t, id: slugger.slug(t), line });
    }
  });
  return { headings, diagrams };
}
