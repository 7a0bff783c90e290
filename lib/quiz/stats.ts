/**
 * Progress: items seen and mastered, expected recall (FSRS's retrievability, 0 for unseen items)
 * per design category and per concept, and the streak of local calendar days with a review.
 */
import type { BankIndex, IndexItem } from './item';
import { localDay, shiftDay } from './local-day';
import type { Cards } from './queue';
import { isMastered, recallProbability } from './scheduler';

export type GroupProgress = {
  key: string;
  label: string;
  total: number;
  seen: number;
  mastered: number;
  /** Mean probability of recall now over the group's items (unseen ones count 0). */
  recall: number;
};

function group(key: string, label: string, items: readonly IndexItem[], cards: Cards, now: number): GroupProgress {
  let seen = 0;
  let mastered = 0;
  let recall = 0;
  for (const item of items) {
    const card = cards[item.id];
    if (!card) continue;
    seen++;
    if (isMastered(card)) mastered++;
    recall += recallProbability(card, now);
  }
  return { key, label, total: items.length, seen, mastered, recall: items.length ? recall / items.length : 0 };
}

export type Streak = { current: number; longest: number; activeToday: boolean };

/**
 * Days in a row with at least one review, by local calendar day. The current streak counts
 * back from today, or from yesterday when today has no review yet (the streak is still alive).
 */
export function streak(activeDays: Iterable<string>, today: string): Streak {
  const days = new Set(activeDays);
  const activeToday = days.has(today);
  let current = 0;
  for (let d = activeToday ? today : shiftDay(today, -1); days.has(d); d = shiftDay(d, -1)) current++;
  let longest = 0;
  for (const d of days) {
    if (days.has(shiftDay(d, -1))) continue; // not the first day of a run
    let run = 0;
    for (let e = d; days.has(e); e = shiftDay(e, 1)) run++;
    longest = Math.max(longest, run);
  }
  return { current, longest, activeToday };
}

export type Progress = {
  total: number;
  seen: number;
  mastered: number;
  reviews: number;
  byCategory: GroupProgress[];
  byConcept: GroupProgress[];
  bySource: Map<string, GroupProgress>;
  streak: Streak;
};

export function progress(bank: BankIndex, cards: Cards, days: Record<string, number>, now: number): Progress {
  const sources = new Map(bank.sources.map((s) => [s.key, s]));
  const designItems = bank.items.filter((i) => sources.get(i.source)?.kind === 'design');
  const categories = [...new Set(bank.sources.filter((s) => s.kind === 'design').map((s) => s.category))];
  const concepts = bank.sources.filter((s) => s.kind === 'concept');
  const all = group('all', 'All items', bank.items, cards, now);
  return {
    total: all.total,
    seen: all.seen,
    mastered: all.mastered,
    reviews: Object.values(days).reduce((a, b) => a + b, 0),
    byCategory: categories.map((c) =>
      group(c, c, designItems.filter((i) => sources.get(i.source)?.category === c), cards, now),
    ),
    byConcept: concepts.map((c) =>
      group(c.slug, c.title, bank.items.filter((i) => i.concepts.includes(c.slug)), cards, now),
    ),
    bySource: new Map(
      bank.sources.map((s) => [s.key, group(s.key, s.title, bank.items.filter((i) => i.source === s.key), cards, now)]),
    ),
    streak: streak(Object.keys(days), localDay(now)),
  };
}
