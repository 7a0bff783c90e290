/**
 * Which exported HTML file a navigation asks for, so the service worker can answer from its
 * precache when the network fails: directories are served by their index.html, as on GitHub
 * Pages. Query and hash never change the file.
 */
export function pageFileFor(pathname: string): string {
  if (pathname.endsWith('/')) return `${pathname}index.html`;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  if (last.includes('.')) return pathname;
  return `${pathname}/index.html`;
}

/** The 404 page of the site whose service worker scope is `scopePath` (ends with "/"). */
export function notFoundFile(scopePath: string): string {
  return `${scopePath.replace(/\/?$/, '/')}404.html`;
}
