/**
 * The daily review queue: cards due now (most overdue first), then new cards up to the day's
 * limit, which counts cards first seen today in any mode. Counts of what is due today and this
 * week, and a forecast per day, for the hub and the dashboard. Only ids still in the bank count:
 * progress on items removed from the content is kept but not shown.
 */
import { Rng } from '../sim/rng';
import { localDay, startOfLocalDay } from './local-day';
import type { SavedCard } from './scheduler';
export { DEFAULT_NEW_PER_DAY } from './keys';
import { shuffled } from './shuffle';

export type Cards = Record<string, SavedCard>;

/** Within a session, a card that falls due again within this much (a learning step after a
 * miss) comes back before the session ends rather than after it (Anki's learn-ahead limit). */
export const LEARN_AHEAD_MS = 20 * 60_000;


const seenCards = (ids: readonly string[], cards: Cards) =>
  ids.flatMap((id) => (cards[id] ? [[id, cards[id]] as const] : []));

export function newSeenOn(ids: readonly string[], cards: Cards, day: string): number {
  return seenCards(ids, cards).filter(([, c]) => localDay(c.firstReview) === day).length;
}

export type DailyQueue = { due: string[]; fresh: string[] };

/** Due cards, most overdue first, then today's new cards in an order fixed for the day. */
export function dailyQueue(ids: readonly string[], cards: Cards, now: number, newPerDay: number): DailyQueue {
  const due = seenCards(ids, cards)
    .filter(([, c]) => c.due <= now)
    .sort((a, b) => a[1].due - b[1].due)
    .map(([id]) => id);
  const today = localDay(now);
  const room = Math.max(0, newPerDay - newSeenOn(ids, cards, today));
  // The day's key seeds the order, so the same new cards are offered all day.
  const unseen = ids.filter((id) => !cards[id]);
  const fresh = shuffled(unseen, new Rng(Number(today.replace(/-/g, '')))).slice(0, room);
  return { due, fresh };
}

export type DueCounts = {
  /** Due now. */
  now: number;
  /** Due before the end of today, local time. */
  today: number;
  /** Due before the end of the sixth day after today: this week. */
  week: number;
  /** New cards that today's limit still allows. */
  newToday: number;
  unseen: number;
};

export function dueCounts(ids: readonly string[], cards: Cards, now: number, newPerDay: number): DueCounts {
  const seen = seenCards(ids, cards);
  const endToday = startOfLocalDay(now, 1);
  const endWeek = startOfLocalDay(now, 7);
  const unseen = ids.length - seen.length;
  return {
    now: seen.filter(([, c]) => c.due <= now).length,
    today: seen.filter(([, c]) => c.due < endToday).length,
    week: seen.filter(([, c]) => c.due < endWeek).length,
    newToday: Math.min(unseen, Math.max(0, newPerDay - newSeenOn(ids, cards, localDay(now)))),
    unseen,
  };
}

/** Cards falling due on each of the next `days` local days; day 0 includes the overdue ones. */
export function forecast(ids: readonly string[], cards: Cards, now: number, days = 7): { day: string; count: number }[] {
  const out = Array.from({ length: days }, (_, i) => ({ day: localDay(startOfLocalDay(now, i)), count: 0 }));
  for (const [, c] of seenCards(ids, cards)) {
    let i = 0;
    while (i < days && c.due >= startOfLocalDay(now, i + 1)) i++;
    if (i < days) out[i].count++;
  }
  return out;
}

/** When the next card falls due (epoch ms), or null when none is scheduled. */
export function nextDue(ids: readonly string[], cards: Cards): number | null {
  let next: number | null = null;
  for (const [, c] of seenCards(ids, cards)) if (next === null || c.due < next) next = c.due;
  return next;
}
