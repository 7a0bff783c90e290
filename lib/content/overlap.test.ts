import { describe, expect, it } from 'vitest';
import { copiedRuns, shingles, withoutCode } from './overlap';

const seed = shingles('The quick brown fox jumps over the lazy dog while the cat sleeps in the warm sun.');

describe('copiedRuns', () => {
  it('finds a run of ten words shared with a seed, whatever the case and punctuation', () => {
    expect(copiedRuns('Intro. THE QUICK, brown fox jumps over the lazy dog while!', seed)).toEqual(['the quick brown fox jumps over the lazy dog while']);
  });

  it('accepts the same facts in other words', () => {
    expect(copiedRuns('A fast brown fox leaps across a sleepy dog; the cat naps.', seed)).toEqual([]);
  });

  it('ignores code blocks, where names and schemas carry over by right', () => {
    const text = '```\nThe quick brown fox jumps over the lazy dog while the cat sleeps\n```\nOwn words.';
    expect(withoutCode(text)).not.toContain('quick');
    expect(copiedRuns(text, seed)).toEqual([]);
  });
});
