/**
 * What a design's printed cheat sheet can show, read from data the build already has: the MDX
 * body's sections (requirements, deep-dive headings, the trade-offs table, follow-up questions),
 * the resolved estimates and the diagrams. Everything is in brief and in page order; which of it
 * fits on the page is decided by fit.ts.
 */
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Heading, MermaidBlock } from '../content/markdown';
import { h2Section } from '../content/sections';
import type { ResolvedEstimate } from '../estimate/resolve';
import { formatQuantity } from '../estimate/units';
import { brief, clip, firstSentence, withoutCitations } from './brief';

export type SheetNumber = { id: string; label: string; value: string };
export type SheetTable = { head: string[]; rows: string[][] };

export type SheetContent = {
  functional: string[];
  nonFunctional: string[];
  /** Derived estimates, formatted by lib/estimate/units. */
  numbers: SheetNumber[];
  deepDives: string[];
  tradeOffs: SheetTable;
  followUps: string[];
  /** Titles of the concepts the design uses. */
  concepts: string[];
};

/** Longest text kept for one item of each kind, in characters. */
export const itemChars = { requirement: 120, followUp: 130, cell: 90 } as const;

type Section = { h2: string; h3?: string; nodes: RootContent[] };

/** The body's top-level nodes grouped by the h2 and h3 they sit under. */
function sections(tree: Root): Section[] {
  const out: Section[] = [];
  let current: Section = { h2: '', nodes: [] };
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 3) {
      const text = toString(node).trim();
      current = node.depth === 2 ? { h2: text, nodes: [] } : { h2: current.h2, h3: text, nodes: [] };
      out.push(current);
    } else current.nodes.push(node);
  }
  return out;
}

const firstParagraph = (item: ListItem) => item.children.find((c): c is Paragraph => c.type === 'paragraph');
const text = (nodes: PhrasingContent[] | Paragraph | undefined) =>
  (nodes === undefined ? '' : Array.isArray(nodes) ? nodes.map((n) => toString(n)).join('') : toString(nodes)).replace(/\s+/g, ' ').trim();

function firstOf<T extends RootContent['type']>(nodes: RootContent[], type: T) {
  return nodes.find((n): n is Extract<RootContent, { type: T }> => n.type === type);
}

/** A requirements subsection in brief: the items of its first list, or "Property: target" for
 * each row of its first table. */
function requirements(nodes: RootContent[]): string[] {
  const list = firstOf(nodes, 'list') as List | undefined;
  const table = firstOf(nodes, 'table') as Table | undefined;
  const listAt = list ? nodes.indexOf(list) : Infinity;
  const tableAt = table ? nodes.indexOf(table) : Infinity;
  if (list && listAt < tableAt) {
    return list.children.map((item) => brief(text(firstParagraph(item)), itemChars.requirement)).filter(Boolean);
  }
  if (table) {
    return table.children.slice(1).map((row) => {
      const [name, target] = row.children.map((cell) => withoutCitations(text(cell.children)));
      return brief(target ? `${name}: ${target}` : name, itemChars.requirement);
    });
  }
  return [];
}

/** A follow-up item's question: its bold lead, else its text up to the first question mark,
 * else its first sentence. */
function question(paragraph: Paragraph | undefined): string {
  if (!paragraph) return '';
  const [lead] = paragraph.children;
  if (lead?.type === 'strong') return clip(withoutCitations(text(lead.children)), itemChars.followUp);
  const all = withoutCitations(text(paragraph));
  const mark = all.indexOf('?');
  return clip(mark === -1 ? firstSentence(all) : all.slice(0, mark + 1), itemChars.followUp);
}

function tradeOffs(nodes: RootContent[]): SheetTable {
  const table = firstOf(nodes, 'table') as Table | undefined;
  if (!table) return { head: [], rows: [] };
  const [head, ...rows] = table.children.map((row) => row.children.map((cell) => brief(text(cell.children), itemChars.cell)));
  return { head, rows };
}

/** A figure that exists to scale a simulator's run says so in its label; it is not a fact about
 * the system, so the sheet leaves it out. */
const simulatorOnly = /\bsimulator\b/i;

export function sheetNumbers(estimates: ResolvedEstimate[]): SheetNumber[] {
  return estimates
    .filter((e) => e.expr && Number.isFinite(e.result) && !simulatorOnly.test(e.label))
    .map((e) => ({ id: e.id, label: e.label, value: formatQuantity(e.result, e.unit) }));
}

/** The first diagram of "High-level architecture" (the build requires one there), else the
 * page's first diagram. */
export function mainDiagram(page: { headings: Heading[]; diagrams: MermaidBlock[] }): MermaidBlock | undefined {
  const section = h2Section(page.headings, 'High-level architecture');
  const inside = section && page.diagrams.find((d) => d.line > section.heading.line && d.line < section.endLine);
  return inside ?? page.diagrams[0];
}

export function sheetContent(page: { body: string; estimates: ResolvedEstimate[]; concepts: string[] }): SheetContent {
  const tree = createProcessor({ remarkPlugins: [remarkGfm] }).parse(page.body) as Root;
  const all = sections(tree);
  const under = (h2: string, h3Prefix?: string) =>
    all.filter((s) => s.h2 === h2 && (h3Prefix === undefined || s.h3?.startsWith(h3Prefix))).flatMap((s) => s.nodes);
  // Follow-ups are a list, or one paragraph per question.
  const followUpNodes = under('Follow-up questions');
  const followUpList = firstOf(followUpNodes, 'list') as List | undefined;
  const followUpParagraphs = followUpList
    ? followUpList.children.map(firstParagraph)
    : followUpNodes.filter((n): n is Paragraph => n.type === 'paragraph');
  return {
    functional: requirements(under('Requirements', 'Functional')),
    nonFunctional: requirements(under('Requirements', 'Non-functional')),
    numbers: sheetNumbers(page.estimates),
    // The sheet numbers the topics itself; some pages number their headings.
    deepDives: all.filter((s) => s.h2 === 'Deep dives' && s.h3 !== undefined).map((s) => s.h3!.replace(/^\d+[.)]\s+/, '')),
    tradeOffs: tradeOffs(under('Trade-offs and alternatives')),
    followUps: followUpParagraphs.map(question).filter(Boolean),
    concepts: page.concepts,
  };
}
