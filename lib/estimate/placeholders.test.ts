import { describe, expect, it } from 'vitest';
import { fillPlaceholders, placeholderIds, splitPlaceholders } from './placeholders';

describe('placeholders', () => {
  it('cuts text at {id} and keeps everything else', () => {
    expect(splitPlaceholders('At {dau} users and {peak}x')).toEqual(['At ', { id: 'dau' }, ' users and ', { id: 'peak' }, 'x']);
    expect(splitPlaceholders('{a}')).toEqual([{ id: 'a' }]);
    expect(splitPlaceholders('no braces { here }')).toEqual(['no braces { here }']);
    expect(placeholderIds('{a} and {bC2} but not {Up}')).toEqual(['a', 'bC2']);
  });

  it('writes values with symbols but without counted nouns', () => {
    const estimates = new Map([
      ['urls', { result: 1e8, unit: 'urls/month' }],
      ['bytes', { result: 500, unit: 'B' }],
      ['share', { result: 0.2, unit: '%' }],
    ]);
    expect(fillPlaceholders('At {urls} new URLs a month, {bytes} each, caching {share}; {nope}', estimates)).toBe(
      'At 100 million new URLs a month, 500 B each, caching 20%; {nope}',
    );
  });
});
