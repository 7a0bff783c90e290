/** When a card counts as mastered; free of ts-fsrs so the design index can use it. */

/** In review with a stability of 21 days or more (Anki calls an interval of 21 days "mature"). */
export const MASTERED_STABILITY_DAYS = 21;

export const isMastered = (card: { state: number; stability: number } | undefined) =>
  card !== undefined && card.state === 2 && card.stability >= MASTERED_STABILITY_DAYS;
