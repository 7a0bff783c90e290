/**
 * Spaced repetition with FSRS (the ts-fsrs package). Cards are saved in our own compact shape
 * (epoch milliseconds, our names) so the saved format does not follow the library's renames;
 * this module converts both ways and is the only one that imports ts-fsrs.
 */
import { createEmptyCard, fsrs, State, type Card, type Grade as FsrsGrade } from 'ts-fsrs';

/** Again, Hard, Good, Easy: the ratings a reader gives (FSRS's 1 to 4). */
export const GRADES = [1, 2, 3, 4] as const;
export type Grade = (typeof GRADES)[number];
export const gradeNames: Record<Grade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

/** FSRS's card states: 0 new, 1 learning, 2 review, 3 relearning. */
export type CardState = 0 | 1 | 2 | 3;

export type SavedCard = {
  /** When the card is next due (epoch ms). */
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview?: number;
  /** The first review: the daily new-card limit counts the cards first seen today. */
  firstReview: number;
  lastGrade?: Grade;
};

// Fuzz spreads long intervals so cards learned together do not all fall due together; ts-fsrs
// seeds it from the card and review time, so the same review gives the same schedule.
const scheduler = fsrs({ request_retention: 0.9, enable_fuzz: true, enable_short_term: true });

export function toFsrsCard(card: SavedCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0, // deprecated in ts-fsrs 5; it computes elapsed time from last_review
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as State,
    last_review: card.lastReview === undefined ? undefined : new Date(card.lastReview),
  };
}

export function fromFsrsCard(card: Card, firstReview: number, lastGrade?: Grade): SavedCard {
  const saved: SavedCard = {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as CardState,
    firstReview,
  };
  if (card.last_review) saved.lastReview = card.last_review.getTime();
  if (lastGrade) saved.lastGrade = lastGrade;
  return saved;
}

const emptyAt = (now: number) => createEmptyCard(new Date(now));

/** The card after a review with `grade` at `now`; `card` is undefined for a card never seen. */
export function reviewCard(card: SavedCard | undefined, grade: Grade, now: number): SavedCard {
  const current = card ? toFsrsCard(card) : emptyAt(now);
  const { card: next } = scheduler.next(current, new Date(now), grade as FsrsGrade);
  return fromFsrsCard(next, card?.firstReview ?? now, grade);
}

/** Objective items (multiple choice, numeric, predict) grade themselves: right is Good, wrong Again. */
export const gradeForResult = (correct: boolean): Grade => (correct ? 3 : 1);

/** How long until the card would be due after each grade, in ms: the labels of the grade buttons. */
export function previewIntervals(card: SavedCard | undefined, now: number): Record<Grade, number> {
  const preview = scheduler.repeat(card ? toFsrsCard(card) : emptyAt(now), new Date(now));
  return Object.fromEntries(GRADES.map((g) => [g, preview[g as FsrsGrade].card.due.getTime() - now])) as Record<Grade, number>;
}

/** The probability of recalling the card at `now` (0 for a card never seen). */
export function recallProbability(card: SavedCard | undefined, now: number): number {
  if (!card || card.state === 0) return 0;
  return scheduler.get_retrievability(toFsrsCard(card), new Date(now), false);
}

export { isMastered, MASTERED_STABILITY_DAYS } from './mastery';

/** "1 min", "10 min", "3 h", "4 d", "2.5 mo": an interval for a button label. */
export function formatInterval(ms: number): string {
  const minutes = ms / 60_000;
  if (minutes < 60) return `${Math.max(1, Math.round(minutes))} min`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)} h`;
  const days = hours / 24;
  if (days < 31) return `${Math.round(days)} d`;
  const months = days / 30.4;
  if (months < 12) return `${Number(months.toFixed(1))} mo`;
  return `${Number((days / 365).toFixed(1))} y`;
}
