/**
 * The rule that makes a design's cheat sheet fit on one A4 page: estimate the height of every
 * block from its text, keep room for the architecture diagram, and while the estimate is over
 * the page drop the last item of the first list in a fixed order (follow-up questions first)
 * whose loss makes the sheet shorter, down to each list's floor. The same rule applies to every
 * design; no design is trimmed by hand.
 *
 * The estimate errs long: measured against Chromium's layout with DejaVu Sans (a wide font) over
 * all designs, it is 0 to 18 mm over the real height, 7 mm on average. Whatever the text leaves
 * goes to the diagram, which print stretches into the rest of the page, so an estimate a little
 * short only makes the diagram smaller. The geometry mirrors the sheet's print CSS in
 * app/globals.css; an end-to-end test prints every design and checks that the sheet is one page.
 */
import type { SheetContent } from './content';

export const sheetGeometry = {
  /** A4 (297 mm) less the 9 mm page margins and 2 mm spare. */
  pageHeightMm: 277,
  widthMm: 192,
  columns: 3,
  columnGapMm: 5,
  /** List indent of a bullet or number. */
  indentMm: 3,
  titlePt: 14,
  summaryPt: 8,
  textPt: 7.5,
  headingPt: 8.5,
  tablePt: 7,
  lineHeight: 1.3,
  /** Average glyph width in em, fitted to DejaVu Sans (a wide fallback font) in sheet text. */
  charEm: 0.53,
  /** Diagram height kept free before text is trimmed (less when the diagram is wider than tall
   * enough to need less at full width). */
  diagramMm: 85,
  /** How much of the tallest item a column of flowed items (the questions) may end short by. */
  flowSlack: 0.5,
  /** Caps before any fitting: a cheat sheet shows the key figures, not every one. */
  caps: { functional: 8, nonFunctional: 7, numbers: 12, tradeOffs: 8, followUps: 8 },
} as const;

const PT_MM = 25.4 / 72;
const g = sheetGeometry;

const lineMm = (pt: number) => pt * PT_MM * g.lineHeight;
const charMm = (pt: number) => pt * PT_MM * g.charEm;
/** Lines a text takes in a box of this width. */
export function textLines(text: string, widthMm: number, pt: number): number {
  return Math.max(1, Math.ceil(text.length / (widthMm / charMm(pt))));
}

const columnMm = (g.widthMm - g.columnGapMm * (g.columns - 1)) / g.columns;
const headingMm = lineMm(g.headingPt) + 1.5;
const itemGapMm = 0.4;

const itemMm = (text: string, widthMm: number, pt = g.textPt) => textLines(text, widthMm, pt) * lineMm(pt) + itemGapMm;

/** Items flowed into balanced columns: their share of the total plus part of the tallest item
 * (items do not break across columns, so a column may end early). */
function flowMm(items: number[], columns: number, headings: number): number {
  if (!items.length) return 0;
  const total = headings * headingMm + items.reduce((a, b) => a + b, 0);
  return total / columns + g.flowSlack * Math.max(...items);
}

export type SheetFrame = {
  summary: string;
  /** The diagram's width over its height, from its SVG; absent when the page has no diagram. */
  diagramAspect?: number;
  caption: string;
};

/** The heights of the sheet's parts, in mm, for these contents (the layout of the print CSS). */
export function sheetHeights(content: SheetContent, frame: SheetFrame) {
  const { functional, nonFunctional, numbers, deepDives, tradeOffs, followUps, concepts } = content;
  const head =
    lineMm(g.titlePt) + textLines(frame.summary, g.widthMm, g.summaryPt) * lineMm(g.summaryPt) + 2 * lineMm(g.tablePt) + 3;

  // Top: functional and non-functional requirements and key numbers, a column each; a figure's
  // label wraps beside its value.
  const listWidth = columnMm - g.indentMm;
  const column = (heights: number[]) => (heights.length ? headingMm + heights.reduce((a, b) => a + b, 0) : 0);
  const top = Math.max(
    column(functional.map((t) => itemMm(t, listWidth))),
    column(nonFunctional.map((t) => itemMm(t, listWidth))),
    column(numbers.map((n) => itemMm(n.label, columnMm - n.value.length * charMm(g.textPt) - 2))),
  );

  const diagram = frame.diagramAspect
    ? Math.min(g.widthMm / frame.diagramAspect, g.diagramMm) + textLines(frame.caption, g.widthMm, g.tablePt) * lineMm(g.tablePt) + 3
    : 0;

  // The trade-offs table: the first column 16% of the width, the others share the rest.
  const cols = tradeOffs.head.length;
  const cellWidth = (i: number) => (i === 0 ? 0.16 * g.widthMm : (0.84 * g.widthMm) / Math.max(1, cols - 1)) - 1.6;
  const rowMm = (row: string[]) => Math.max(...row.map((c, i) => textLines(c, cellWidth(i), g.tablePt))) * lineMm(g.tablePt) + 0.8;
  const table = tradeOffs.rows.length ? headingMm + rowMm(tradeOffs.head) + tradeOffs.rows.reduce((s, r) => s + rowMm(r), 0) + 1.5 : 0;

  // Tail: deep dives in the first third, the questions in two columns beside them; then a line
  // of concepts across the page.
  // (A grid of 1fr and 2fr with one gap; the questions' half has a gap of its own.)
  const third = (g.widthMm - g.columnGapMm) / 3;
  const left = column(deepDives.map((t) => itemMm(t, third - g.indentMm)));
  const questionWidth = (2 * third - g.columnGapMm) / 2 - g.indentMm;
  const right = followUps.length ? headingMm + flowMm(followUps.map((t) => itemMm(t, questionWidth)), 2, 0) : 0;
  const conceptsMm = concepts.length ? itemMm(`Concepts: ${concepts.join(' · ')}`, g.widthMm) + 2.5 : 0;
  const tail = Math.max(left, right) + 1.5 + conceptsMm;

  return { head, top, diagram, table, tail, total: head + top + diagram + table + tail };
}

type ListKey = keyof typeof sheetGeometry.caps;
const count = (c: SheetContent, key: ListKey) => (key === 'tradeOffs' ? c.tradeOffs.rows.length : c[key].length);
function dropLast(c: SheetContent, key: ListKey): SheetContent {
  if (key === 'tradeOffs') return { ...c, tradeOffs: { ...c.tradeOffs, rows: c.tradeOffs.rows.slice(0, -1) } };
  return { ...c, [key]: c[key].slice(0, -1) };
}

/** What goes first when the page is full, each step down to a floor: questions (the sheet shows
 * them only if there is room), then the long lists in turn, a little at a time. */
export const trimOrder: [ListKey, number][] = [
  ['followUps', 4],
  ['numbers', 10],
  ['tradeOffs', 6],
  ['functional', 6],
  ['nonFunctional', 5],
  ['followUps', 2],
  ['numbers', 8],
  ['tradeOffs', 5],
  ['functional', 5],
  ['nonFunctional', 4],
  ['followUps', 0],
  ['numbers', 6],
  ['tradeOffs', 4],
  ['functional', 4],
  ['nonFunctional', 3],
];

export type FittedSheet = { content: SheetContent; heightMm: number; fits: boolean; dropped: number };

export function fitSheet(full: SheetContent, frame: SheetFrame): FittedSheet {
  let content: SheetContent = {
    ...full,
    functional: full.functional.slice(0, g.caps.functional),
    nonFunctional: full.nonFunctional.slice(0, g.caps.nonFunctional),
    numbers: full.numbers.slice(0, g.caps.numbers),
    tradeOffs: { ...full.tradeOffs, rows: full.tradeOffs.rows.slice(0, g.caps.tradeOffs) },
    followUps: full.followUps.slice(0, g.caps.followUps),
  };
  let height = sheetHeights(content, frame).total;
  while (height > g.pageHeightMm) {
    // The first step of the order whose next item, dropped, makes the sheet shorter (an item of
    // a column shorter than its neighbours frees nothing).
    let shorter: { content: SheetContent; height: number } | undefined;
    for (const [key, floor] of trimOrder) {
      if (count(content, key) <= floor) continue;
      const trial = dropLast(content, key);
      const trialHeight = sheetHeights(trial, frame).total;
      if (trialHeight < height) {
        shorter = { content: trial, height: trialHeight };
        break;
      }
    }
    if (!shorter) break;
    ({ content, height } = shorter);
  }
  const kept = (c: SheetContent) =>
    c.functional.length + c.nonFunctional.length + c.numbers.length + c.tradeOffs.rows.length + c.followUps.length;
  return { content, heightMm: height, fits: height <= g.pageHeightMm, dropped: kept(full) - kept(content) };
}
