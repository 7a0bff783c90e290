import { describe, expect, it } from 'vitest';
import { SAVED_VERSION } from './keys';
import { emptySaved } from './saved';
import { reviewCard } from './scheduler';
import { readCards, seenCounts } from './summary';

const t0 = Date.UTC(2026, 0, 5);

describe('the read-only progress summary', () => {
  it('counts seen and mastered items among the ids asked for', () => {
    let strong = reviewCard(undefined, 4, t0);
    while (strong.stability < 21) strong = reviewCard(strong, 4, strong.due);
    const state = { ...emptySaved(), cards: { 'design/a/1': strong, 'design/a/2': reviewCard(undefined, 1, t0), 'design/b/1': strong } };
    const cards = readCards(JSON.stringify({ state, version: SAVED_VERSION }))!;
    expect(seenCounts(cards, ['design/a/1', 'design/a/2', 'design/a/3'])).toEqual({ seen: 2, mastered: 1 });
    expect(seenCounts(cards, ['design/c/1'])).toEqual({ seen: 0, mastered: 0 });
  });

  it('shows nothing for data it cannot read, without throwing', () => {
    for (const raw of [null, '', 'garbage', '{"state":', 'null', '[]', '{"version":1,"state":{"cards":{}}}', `{"version":${SAVED_VERSION},"state":{"cards":5}}`]) {
      expect(readCards(raw), String(raw)).toBeNull();
    }
    const partly = readCards(JSON.stringify({ version: SAVED_VERSION, state: { cards: { a: { state: 2, stability: 30 }, b: 'x', c: null } } }))!;
    expect([...partly.keys()]).toEqual(['a']);
  });
});
