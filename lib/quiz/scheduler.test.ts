import { describe, expect, it } from 'vitest';
import { createEmptyCard, fsrs, Rating, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import {
  formatInterval,
  fromFsrsCard,
  gradeForResult,
  isMastered,
  previewIntervals,
  recallProbability,
  reviewCard,
  toFsrsCard,
  type Grade,
  type SavedCard,
} from './scheduler';

const t0 = new Date(2026, 0, 5, 9, 0).getTime();
const minute = 60_000;
const day = 86_400_000;

describe('FSRS integration', () => {
  it('a new card rated Good enters learning and is due after the 10-minute step; Again after 1 minute', () => {
    const good = reviewCard(undefined, 3, t0);
    expect(good.state).toBe(1);
    expect(good.due - t0).toBe(10 * minute);
    expect(good.reps).toBe(1);
    expect(good.firstReview).toBe(t0);
    expect(good.lastGrade).toBe(3);
    const again = reviewCard(undefined, 1, t0);
    expect(again.due - t0).toBe(minute);
  });

  it('Easy on a new card graduates it to review days away', () => {
    const easy = reviewCard(undefined, 4, t0);
    expect(easy.state).toBe(2);
    expect(easy.due - t0).toBeGreaterThanOrEqual(day);
  });

  it('schedules exactly as ts-fsrs does on its own cards, through the saved shape and back', () => {
    // The same sequence of reviews on the library's own Card objects and through our saved
    // shape (as if saved to and read from storage between reviews) must agree on every field.
    const scheduler = fsrs({ request_retention: 0.9, enable_fuzz: true, enable_short_term: true });
    const grades: Grade[] = [3, 3, 1, 3, 2, 4, 3, 3];
    let native: Card = createEmptyCard(new Date(t0));
    let saved: SavedCard | undefined;
    let now = t0;
    for (const g of grades) {
      native = scheduler.next(native, new Date(now), g as FsrsGrade).card;
      saved = reviewCard(saved ? JSON.parse(JSON.stringify(saved)) : undefined, g, now);
      expect(saved.due).toBe(native.due.getTime());
      expect(saved.stability).toBeCloseTo(native.stability, 10);
      expect(saved.difficulty).toBeCloseTo(native.difficulty, 10);
      expect(saved.state).toBe(native.state);
      expect(saved.reps).toBe(native.reps);
      expect(saved.lapses).toBe(native.lapses);
      now = native.due.getTime() + 3 * 3_600_000; // review a little after it falls due
    }
    expect(saved!.lapses).toBe(1);
    expect(saved!.firstReview).toBe(t0);
  });

  it('longer intervals after each successful review, a lapse shortens it', () => {
    let card = reviewCard(undefined, 4, t0);
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      const at = card.due;
      card = reviewCard(card, 3, at);
      intervals.push(card.due - at);
    }
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]).toBeGreaterThan(intervals[i - 1]);
    const lapsed = reviewCard(card, 1, card.due);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.state).toBe(3);
    expect(lapsed.due - card.due).toBeLessThan(day);
  });

  it('converts to ts-fsrs cards and back without loss', () => {
    const card = reviewCard(reviewCard(undefined, 3, t0), 3, t0 + 10 * minute);
    expect(fromFsrsCard(toFsrsCard(card), card.firstReview, card.lastGrade)).toEqual(card);
  });

  it('previews one interval per grade, ordered Again < Hard < Good < Easy', () => {
    const p = previewIntervals(undefined, t0);
    expect(p[1]).toBe(minute);
    expect(p[1]).toBeLessThan(p[2]);
    expect(p[2]).toBeLessThan(p[3]);
    expect(p[3]).toBeLessThan(p[4]);
  });

  it('recall is 0 for an unseen card and falls with time for a seen one', () => {
    expect(recallProbability(undefined, t0)).toBe(0);
    const card = reviewCard(undefined, 4, t0);
    const soon = recallProbability(card, t0 + day);
    const later = recallProbability(card, t0 + 30 * day);
    expect(soon).toBeGreaterThan(later);
    expect(soon).toBeLessThanOrEqual(1);
    expect(later).toBeGreaterThan(0);
  });

  it('mastery needs the review state and a stability of at least 21 days', () => {
    let card = reviewCard(undefined, 4, t0);
    expect(isMastered(card)).toBe(false);
    while (card.stability < 21) card = reviewCard(card, 4, card.due);
    expect(isMastered(card)).toBe(true);
    expect(isMastered({ ...card, state: 3 })).toBe(false);
  });

  it('objective answers map to Good and Again', () => {
    expect(gradeForResult(true)).toBe(Rating.Good);
    expect(gradeForResult(false)).toBe(Rating.Again);
  });

  it('formats intervals for buttons', () => {
    expect(formatInterval(30_000)).toBe('1 min');
    expect(formatInterval(10 * minute)).toBe('10 min');
    expect(formatInterval(5 * 3_600_000)).toBe('5 h');
    expect(formatInterval(4 * day)).toBe('4 d');
    expect(formatInterval(76 * day)).toBe('2.5 mo');
    expect(formatInterval(800 * day)).toBe('2.2 y');
  });
});
