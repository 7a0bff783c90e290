/**
 * A page's address as a reader would type it, for print: the site's origin (SITE_ORIGIN, e.g.
 * "https://user.github.io", set by the deploy workflow) and base path before the route. Without
 * an origin the address is the path under the base path.
 */
export function siteUrl(route: string, env: Record<string, string | undefined> = process.env): string {
  const origin = (env.SITE_ORIGIN ?? '').replace(/\/+$/, '');
  const base = (env.BASE_PATH ?? '').replace(/\/+$/, '');
  return `${origin}${base}${route.startsWith('/') ? route : `/${route}`}`;
}
