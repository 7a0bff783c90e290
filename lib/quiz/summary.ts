/**
 * A light, read-only look at saved progress for pages outside the quiz (the design index's
 * cards): no zod, no scheduler, no store. It never writes, so it cannot lose anything; data it
 * cannot read simply shows no progress (the quiz pages repair it and say so).
 */
import { SAVED_VERSION } from './keys';
import { isMastered } from './mastery';

export type SeenCounts = { seen: number; mastered: number };
type CardLike = { state: number; stability: number };

/** Saved cards by id, or null when the text is not current saved data. */
export function readCards(raw: string | null): Map<string, CardLike> | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { state, version } = value as { state?: { cards?: unknown }; version?: unknown };
    if (version !== SAVED_VERSION || typeof state?.cards !== 'object' || state.cards === null) return null;
    const cards = new Map<string, CardLike>();
    for (const [id, c] of Object.entries(state.cards as Record<string, unknown>)) {
      const card = c as Partial<CardLike> | null;
      if (card && typeof card.state === 'number' && typeof card.stability === 'number') {
        cards.set(id, { state: card.state, stability: card.stability });
      }
    }
    return cards;
  } catch {
    return null;
  }
}

/** Seen and mastered among the given item ids. */
export function seenCounts(cards: Map<string, CardLike>, ids: readonly string[]): SeenCounts {
  let seen = 0;
  let mastered = 0;
  for (const id of ids) {
    const card = cards.get(id);
    if (!card) continue;
    seen++;
    if (isMastered(card)) mastered++;
  }
  return { seen, mastered };
}
