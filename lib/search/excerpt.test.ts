import { describe, expect, it } from 'vitest';
import { decodeEntities, parseExcerpt } from './excerpt';

describe('parseExcerpt', () => {
  it('splits marked words from plain text', () => {
    expect(parseExcerpt('a <mark>token</mark> bucket refills <mark>tokens</mark>')).toEqual([
      { text: 'a ', mark: false },
      { text: 'token', mark: true },
      { text: ' bucket refills ', mark: false },
      { text: 'tokens', mark: true },
    ]);
  });

  it('decodes entities and never keeps markup other than marks', () => {
    const segments = parseExcerpt('&lt;script&gt;alert(1)&lt;/script&gt; <b>bold</b> <mark>Q&amp;A</mark>');
    expect(segments).toEqual([
      { text: '<script>alert(1)</script> bold ', mark: false },
      { text: 'Q&A', mark: true },
    ]);
  });

  it('merges adjacent marks and skips empty parts', () => {
    expect(parseExcerpt('<mark>rate</mark><mark>limit</mark>')).toEqual([{ text: 'ratelimit', mark: true }]);
    expect(parseExcerpt('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex entities and leaves unknown ones', () => {
    expect(decodeEntities('&quot;a&quot; &#39;b&#39; &#x2192; &bogus; &#99999999;')).toBe('"a" \'b\' → &bogus; &#99999999;');
  });
});
