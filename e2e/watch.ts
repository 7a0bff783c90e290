import type { Page, Request } from '@playwright/test';

/** Collects what should never happen on a page: failed requests and console errors. */
export function watch(page: Page, { allow404For }: { allow404For?: RegExp } = {}) {
  const failures: string[] = [];
  let navigations = 0;
  const startedIn = new WeakMap<Request, number>();
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) navigations++;
    startedIn.set(r, navigations);
  });
  page.on('requestfailed', (r) => {
    // Next's router probes a page before prefetching its segments and aborts the probe once it
    // has the headers: an aborted fetch is by design, not a failure.
    if (r.resourceType() === 'fetch' && r.failure()?.errorText === 'net::ERR_ABORTED') return;
    // Leaving a page cancels what it was still loading (a favicon, an image): not a failure of the
    // page. Such a request started before the latest navigation of the main frame.
    if (r.failure()?.errorText === 'net::ERR_ABORTED' && (startedIn.get(r) ?? navigations) < navigations) return;
    failures.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !(allow404For && r.status() === 404 && allow404For.test(r.url()))) {
      failures.push(`HTTP ${r.status()}: ${r.url()}`);
    }
  });
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // Chrome logs the expected 404 of a not-found page as an error too.
    if (allow404For?.test(m.location().url) && m.text().includes('status of 404')) return;
    failures.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
  return failures;
}
