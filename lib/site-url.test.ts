import { describe, expect, it } from 'vitest';
import { siteUrl } from './site-url';

describe('siteUrl', () => {
  it('puts the origin and base path before the route', () => {
    expect(siteUrl('/designs/x/', { SITE_ORIGIN: 'https://me.github.io/', BASE_PATH: '/system-design-studio/' })).toBe(
      'https://me.github.io/system-design-studio/designs/x/',
    );
  });

  it('is the path under the base path without an origin, and adds a missing leading slash', () => {
    expect(siteUrl('designs/x/', { BASE_PATH: '/sds' })).toBe('/sds/designs/x/');
    expect(siteUrl('/designs/x/', {})).toBe('/designs/x/');
  });
});
