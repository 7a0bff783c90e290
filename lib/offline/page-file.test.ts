import { describe, expect, it } from 'vitest';
import { notFoundFile, pageFileFor } from './page-file';

describe('pageFileFor', () => {
  it('serves directories by their index.html, with or without the trailing slash', () => {
    expect(pageFileFor('/sds/designs/rate-limiter/')).toBe('/sds/designs/rate-limiter/index.html');
    expect(pageFileFor('/sds/designs/rate-limiter')).toBe('/sds/designs/rate-limiter/index.html');
    expect(pageFileFor('/sds/')).toBe('/sds/index.html');
    expect(pageFileFor('/')).toBe('/index.html');
  });

  it('leaves file paths alone', () => {
    expect(pageFileFor('/sds/404.html')).toBe('/sds/404.html');
    expect(pageFileFor('/sds/designs/x/index.html')).toBe('/sds/designs/x/index.html');
  });
});

describe('notFoundFile', () => {
  it('is the 404 page at the root of the scope', () => {
    expect(notFoundFile('/sds/')).toBe('/sds/404.html');
    expect(notFoundFile('/sds')).toBe('/sds/404.html');
    expect(notFoundFile('/')).toBe('/404.html');
  });
});
