/**
 * The service worker, bundled by scripts/build-service-worker.ts and given its precache manifest
 * (every page, script, style, diagram, icon and search index file of out/) by workbox-build.
 *
 * - Pages: network first, so a reader online always gets the deployed version; if the network
 *   fails or takes longer than NAVIGATION_TIMEOUT_MS, the precached copy of the same build.
 * - Everything else in the precache: cache first (file names are content-hashed or revisioned).
 * - Updates: a new worker installs in the background and waits; the page offers a reload, which
 *   sends SKIP_WAITING; otherwise it takes over on the next visit.
 */
import { clientsClaim } from 'workbox-core';
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { notFoundFile, pageFileFor } from '../lib/offline/page-file';

// The few worker globals used here (the project's TypeScript lib is the DOM's, not the worker's).
declare const self: {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: { data?: { type?: string } }) => void): void;
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

const NAVIGATION_TIMEOUT_MS = 4000;
const scopePath = new URL(self.registration.scope).pathname;

precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();
clientsClaim();

async function fetchWithin(request: Request, ms: number): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    return await fetch(request, { signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}

// Registered before the precache route, so navigations never come from the cache first.
registerRoute(
  new NavigationRoute(async ({ request }) => {
    try {
      return await fetchWithin(request, NAVIGATION_TIMEOUT_MS);
    } catch {
      const { pathname } = new URL(request.url);
      return (await matchPrecache(pageFileFor(pathname))) ?? (await matchPrecache(notFoundFile(scopePath))) ?? Response.error();
    }
  }),
);

// Pagefind adds ?ts= to its entry file, Next adds ?_rsc= to payload fetches: neither changes the file.
addRoute({ ignoreURLParametersMatching: [/^utm_/, /^ts$/, /^_rsc$/], directoryIndex: 'index.html', cleanURLs: false });

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
