import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../content/load';
import type { SheetContent } from './content';
import { designSheet } from './design-sheet';
import { fitSheet, sheetGeometry, sheetHeights, trimOrder, type SheetFrame } from './fit';

const sentence = (n: number) => `Item ${n}: a requirement long enough to wrap onto a second line of its narrow column.`;
const list = (count: number, make = sentence) => Array.from({ length: count }, (_, i) => make(i + 1));

function sheet(counts: { functional?: number; nonFunctional?: number; numbers?: number; tradeOffs?: number; followUps?: number }): SheetContent {
  return {
    functional: list(counts.functional ?? 5),
    nonFunctional: list(counts.nonFunctional ?? 5),
    numbers: list(counts.numbers ?? 6, (i) => `Figure ${i}`).map((label, i) => ({ id: `n${i}`, label, value: '1.5 million req/s' })),
    deepDives: list(5, (i) => `Deep dive ${i}`),
    tradeOffs: {
      head: ['Decision', 'Choice', 'Alternative', 'Why'],
      rows: list(counts.tradeOffs ?? 5, (i) => `Row ${i}`).map((r) => [r, 'A choice of some length', 'An alternative of some length', 'Why it is so, in a clause or two of text']),
    },
    followUps: list(counts.followUps ?? 4, (i) => `How does part ${i} behave when a node fails during a resize of the cluster?`),
    concepts: ['Sharding', 'Replication'],
  };
}
const frame: SheetFrame = { summary: 'A short summary of the design.', caption: 'Architecture. Clients reach servers.', diagramAspect: 1.8 };
const { caps, pageHeightMm } = sheetGeometry;

describe('fitSheet', () => {
  it('keeps everything of a sheet that fits', () => {
    const small = sheet({});
    const fitted = fitSheet(small, frame);
    expect(fitted.content).toEqual(small);
    expect(fitted).toMatchObject({ fits: true, dropped: 0 });
  });

  it('caps long lists before fitting', () => {
    const fitted = fitSheet(sheet({ numbers: 30, functional: 2, nonFunctional: 2, tradeOffs: 2, followUps: 1 }), { ...frame, diagramAspect: 6 });
    expect(fitted.content.numbers).toHaveLength(caps.numbers);
  });

  it('trims an overfull sheet until the estimate fits the page, keeping each list in page order', () => {
    const full = sheet({ functional: 8, nonFunctional: 7, numbers: 12, tradeOffs: 8, followUps: 8 });
    expect(sheetHeights(full, frame).total).toBeGreaterThan(pageHeightMm);
    const fitted = fitSheet(full, frame);
    expect(fitted.fits).toBe(true);
    expect(fitted.heightMm).toBeLessThanOrEqual(pageHeightMm);
    expect(fitted.dropped).toBeGreaterThan(0);
    expect(full.functional.slice(0, fitted.content.functional.length)).toEqual(fitted.content.functional);
    expect(full.tradeOffs.rows.slice(0, fitted.content.tradeOffs.rows.length)).toEqual(fitted.content.tradeOffs.rows);
  });

  it('drops follow-up questions first when they make the sheet taller', () => {
    // Long questions make the tail the part to shorten; the other lists are short.
    const base = sheet({ functional: 3, nonFunctional: 3, numbers: 4, tradeOffs: 3, followUps: 8 });
    const full = { ...base, followUps: base.followUps.map((q) => `${q} ${q} ${q} ${q}`) };
    expect(sheetHeights(full, frame).total).toBeGreaterThan(pageHeightMm);
    const fitted = fitSheet(full, frame);
    expect(fitted.fits).toBe(true);
    expect(fitted.content.followUps.length).toBeLessThan(8);
    expect(fitted.content.followUps.length).toBeGreaterThanOrEqual(trimOrder[0][1]);
    expect({ ...fitted.content, followUps: [] }).toEqual({ ...full, followUps: [] });
  });

  it('never goes below a list floor, and says when even the floors do not fit', () => {
    const huge = sheet({ functional: 8, nonFunctional: 7, numbers: 12, tradeOffs: 8, followUps: 8 });
    const long = { ...huge, functional: huge.functional.map((f) => f.repeat(6)) };
    const fitted = fitSheet(long, frame);
    const floor = (key: string) => Math.min(...trimOrder.filter(([k]) => k === key).map(([, f]) => f));
    expect(fitted.content.functional.length).toBeGreaterThanOrEqual(floor('functional'));
    expect(fitted.content.nonFunctional.length).toBeGreaterThanOrEqual(floor('nonFunctional'));
    expect(fitted.content.tradeOffs.rows.length).toBeGreaterThanOrEqual(floor('tradeOffs'));
    expect(fitted.fits).toBe(fitted.heightMm <= pageHeightMm);
  });

  it('keeps more of a design whose diagram is wide (it needs less height at full width)', () => {
    const full = sheet({ functional: 8, nonFunctional: 7, numbers: 12, tradeOffs: 8, followUps: 8 });
    const kept = (aspect: number) => {
      const c = fitSheet(full, { ...frame, diagramAspect: aspect }).content;
      return c.functional.length + c.nonFunctional.length + c.numbers.length + c.tradeOffs.rows.length + c.followUps.length;
    };
    expect(kept(4)).toBeGreaterThan(kept(1));
  });
});

describe('every design', () => {
  const { library } = loadLibrary();
  const titles = (slugs: string[]) => slugs.map((s) => library.concepts.find((c) => c.slug === s)?.meta.title ?? s);
  // A square diagram needs the most room (a wide one leaves more for text).
  const sheets = library.designs.map((d) => ({ slug: d.slug, sheet: designSheet(d, titles(d.meta.concepts), () => 1) }));

  it('has a cheat sheet that fits the page by the estimate, even with a square diagram', () => {
    const misfits = sheets.filter((s) => !s.sheet.fits).map((s) => `${s.slug}: ${s.sheet.heightMm.toFixed(0)} mm`);
    expect(misfits).toEqual([]);
  });

  it('shows the main diagram and something of every part on each sheet', () => {
    for (const { slug, sheet: { content, diagramHash } } of sheets) {
      expect(diagramHash, slug).toBeDefined();
      for (const part of [content.functional, content.nonFunctional, content.numbers, content.deepDives, content.tradeOffs.rows]) {
        expect(part.length, slug).toBeGreaterThan(0);
      }
    }
  });
});
