import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDay, shiftDay, startOfLocalDay } from './local-day';
import { dailyQueue, dueCounts, forecast, nextDue, type Cards } from './queue';
import { reviewCard } from './scheduler';
import { progress, streak } from './stats';
import type { Bank } from './item';

// Local days are tested in a zone with daylight saving and a UTC offset, where the local
// calendar day and UTC's differ for hours each day.
let savedTz: string | undefined;
beforeAll(() => {
  savedTz = process.env.TZ;
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  process.env.TZ = savedTz;
});

const at = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const minute = 60_000;

describe('local calendar days', () => {
  it('keys a late-evening review by the local day, not UTC', () => {
    const lateEvening = at(2026, 1, 5, 23, 30); // 04:30 UTC on January 6
    expect(new Date(lateEvening).toISOString().slice(0, 10)).toBe('2026-01-06');
    expect(localDay(lateEvening)).toBe('2026-01-05');
  });
  it('steps whole days across a daylight-saving change', () => {
    const before = at(2026, 3, 7, 12);
    expect(startOfLocalDay(before, 1)).toBe(at(2026, 3, 8, 0));
    expect(startOfLocalDay(before, 2) - startOfLocalDay(before, 1)).toBe(23 * 3_600_000);
    expect(shiftDay('2026-03-08', 1)).toBe('2026-03-09');
    expect(shiftDay('2026-01-01', -1)).toBe('2025-12-31');
  });
});

const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const now = at(2026, 1, 10, 9);

describe('the daily queue', () => {
  it('puts due cards first, most overdue first, then new cards up to the limit', () => {
    const cards: Cards = {
      a: { ...reviewCard(undefined, 4, at(2026, 1, 1)), due: now - 3_600_000 },
      b: { ...reviewCard(undefined, 4, at(2026, 1, 1)), due: now - 86_400_000 },
      c: { ...reviewCard(undefined, 4, at(2026, 1, 1)), due: now + 5 * 86_400_000 },
    };
    const q = dailyQueue(ids, cards, now, 2);
    expect(q.due).toEqual(['b', 'a']);
    expect(q.fresh).toHaveLength(2);
    for (const id of q.fresh) expect(['d', 'e', 'f']).toContain(id);
    // The same new cards all day, whatever the hour.
    expect(dailyQueue(ids, cards, now + 8 * 3_600_000, 2).fresh).toEqual(q.fresh);
  });

  it('counts cards first seen today, in any mode, against the new-card limit', () => {
    const cards: Cards = { a: reviewCard(undefined, 3, now - 2 * 3_600_000), b: reviewCard(undefined, 3, now - 86_400_000) };
    expect(dailyQueue(ids, cards, now, 2).fresh).toHaveLength(1);
    expect(dueCounts(ids, cards, now, 2).newToday).toBe(1);
    expect(dueCounts(ids, cards, now, 0).newToday).toBe(0);
  });

  it('holds a card answered minutes ago until its learning step is over', () => {
    const cards: Cards = { a: reviewCard(undefined, 3, now) }; // due in 10 minutes
    expect(dailyQueue(ids, cards, now, 0).due).toEqual([]);
    expect(dailyQueue(ids, cards, now + 10 * minute, 0).due).toEqual(['a']);
    expect(dueCounts(ids, cards, now, 0)).toMatchObject({ now: 0, today: 1 });
  });

  it('counts due now, today (local), this week and unseen', () => {
    const card = reviewCard(undefined, 4, at(2026, 1, 1));
    const cards: Cards = {
      a: { ...card, due: now - minute },
      b: { ...card, due: at(2026, 1, 10, 23, 50) },
      c: { ...card, due: at(2026, 1, 11, 0, 10) },
      d: { ...card, due: at(2026, 1, 16, 23, 0) },
      e: { ...card, due: at(2026, 1, 17, 1, 0) },
    };
    expect(dueCounts(ids, cards, now, 10)).toEqual({ now: 1, today: 2, week: 4, newToday: 1, unseen: 1 });
    expect(forecast(ids, cards, now, 7).map((d) => d.count)).toEqual([2, 1, 0, 0, 0, 0, 1]);
    expect(forecast(ids, cards, now, 7)[0].day).toBe('2026-01-10');
    expect(nextDue(ids, cards)).toBe(now - minute);
  });

  it('ignores progress on items no longer in the bank, and keeps it', () => {
    const cards: Cards = { gone: { ...reviewCard(undefined, 3, now), due: now - 1 }, a: { ...reviewCard(undefined, 3, now), due: now - 1 } };
    expect(dailyQueue(ids, cards, now, 0).due).toEqual(['a']);
    expect(dueCounts(ids, cards, now, 0).unseen).toBe(5);
    expect(cards.gone).toBeDefined();
  });
});

describe('progress', () => {
  it('streaks count local days in a row, alive until a day is missed', () => {
    expect(streak(['2026-01-08', '2026-01-09', '2026-01-10'], '2026-01-10')).toEqual({ current: 3, longest: 3, activeToday: true });
    expect(streak(['2026-01-08', '2026-01-09'], '2026-01-10')).toEqual({ current: 2, longest: 2, activeToday: false });
    expect(streak(['2026-01-07', '2026-01-08'], '2026-01-10').current).toBe(0);
    expect(streak(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-05'], '2026-01-05')).toEqual({ current: 1, longest: 3, activeToday: true });
    expect(streak([], '2026-01-05')).toEqual({ current: 0, longest: 0, activeToday: false });
  });

  it('reports mastery by design category and by concept, from remaining items only', () => {
    const section = { id: 's', title: 'S', href: '/x#s' };
    const bank: Bank = {
      sources: [
        { key: 'design/a', kind: 'design', slug: 'a', title: 'A', href: '', category: 'Cat 1', tags: [] },
        { key: 'concept/c', kind: 'concept', slug: 'c', title: 'C', href: '', category: 'Module', tags: [] },
      ],
      items: [
        { id: 'design/a/1', source: 'design/a', type: 'mcq', concepts: [], section, prompt: 'p' },
        { id: 'design/a/2', source: 'design/a', type: 'mcq', concepts: [], section, prompt: 'p' },
        { id: 'concept/c/1', source: 'concept/c', type: 'mcq', concepts: ['c'], section, prompt: 'p' },
      ],
    };
    let strong = reviewCard(undefined, 4, at(2026, 1, 1));
    while (strong.stability < 21) strong = reviewCard(strong, 4, strong.due);
    const cards: Cards = {
      'design/a/1': strong,
      'concept/c/1': reviewCard(undefined, 1, now),
      'design/a/removed': strong,
    };
    const p = progress(bank, cards, { '2026-01-09': 3, '2026-01-10': 2 }, now);
    expect(p).toMatchObject({ total: 3, seen: 2, mastered: 1, reviews: 5 });
    expect(p.streak.current).toBe(2);
    const cat = p.byCategory[0];
    expect(cat).toMatchObject({ key: 'Cat 1', total: 2, seen: 1, mastered: 1 });
    expect(cat.recall).toBeGreaterThan(0.3);
    expect(cat.recall).toBeLessThan(0.5); // one strong card of two
    expect(p.byConcept).toEqual([expect.objectContaining({ key: 'c', total: 1, seen: 1, mastered: 0 })]);
    expect(p.bySource.get('design/a')).toMatchObject({ seen: 1, total: 2 });
  });
});
