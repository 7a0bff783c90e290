import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { brief, clip, firstSentence, withoutCitations } from './brief';

describe('withoutCitations', () => {
  it('drops a parenthesis that only cites sources', () => {
    expect(withoutCitations('Per-key expiration (TTL) and eviction (001#9, 002 Module 7, 000#39).')).toBe(
      'Per-key expiration (TTL) and eviction.',
    );
    expect(withoutCitations('Eventual for feeds (004#3; assumed) and more')).toBe('Eventual for feeds and more');
  });

  it('drops a trailing citation inside a parenthesis that says more, and keeps one that explains', () => {
    expect(withoutCitations('Ad store (relational, 003#48) keeps bids')).toBe('Ad store (relational) keeps bids');
    expect(withoutCitations('Routing (001#10: geolocation routing)')).toBe('Routing (001#10: geolocation routing)');
  });

  it('leaves ordinary parentheses and numbers alone', () => {
    expect(withoutCitations('p99 under 10 ms (cache hit), 100 redirects')).toBe('p99 under 10 ms (cache hit), 100 redirects');
  });
});

describe('firstSentence', () => {
  it('ends at a full stop, question or exclamation mark before a capital', () => {
    expect(firstSentence('Create a link. Then share it.')).toBe('Create a link.');
    expect(firstSentence('Is it down? Then fail over.')).toBe('Is it down?');
  });

  it('does not end at an abbreviation, a decimal point or an ellipsis', () => {
    expect(firstSentence('Use a cache, e.g. Redis. More text.')).toBe('Use a cache, e.g. Redis.');
    expect(firstSentence('Grows 1.5 times a year. More.')).toBe('Grows 1.5 times a year.');
    expect(firstSentence('compare-and-set through SET ... NX, and scripts. More.')).toBe('compare-and-set through SET ... NX, and scripts.');
  });

  it('returns the whole text when there is one sentence', () => {
    expect(firstSentence('No full stop here')).toBe('No full stop here');
  });
});

describe('clip', () => {
  it('keeps text that fits', () => {
    expect(clip('short', 10)).toBe('short');
  });

  it('cuts at the last clause boundary in the second half of the limit', () => {
    expect(clip('Availability: redirects 99.99%; a broken redirect breaks every page that embedded the link', 60)).toBe(
      'Availability: redirects 99.99%…',
    );
  });

  it('cuts at a word when no clause boundary is near the limit', () => {
    expect(clip('one two three four five six seven eight nine ten', 20)).toBe('one two three four…');
  });

  it('never leaves a parenthesis open', () => {
    const out = clip('Cache hits are fast (served from memory within one data center and well under a millisecond)', 60);
    expect(out).toBe('Cache hits are fast…');
  });

  it('is never longer than the limit and always ends with an ellipsis when it cuts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 8, max: 200 }), (text, max) => {
        const out = clip(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        if (text.length > max) expect(out.endsWith('…')).toBe(true);
      }),
    );
  });
});

describe('brief', () => {
  it('joins whitespace, drops citations, keeps the first sentence and clips it', () => {
    expect(brief('Follow: follow and unfollow users;\n  join groups (001#8). Friends are a source.', 200)).toBe(
      'Follow: follow and unfollow users; join groups.',
    );
    expect(brief('x '.repeat(100), 20).length).toBeLessThanOrEqual(20);
  });
});
