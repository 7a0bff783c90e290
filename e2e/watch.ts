import type { Page } from '@playwright/test';

/** Collects what should never happen on a page: failed requests and console errors. */
export function watch(page: Page, { allow404For }: { allow404For?: RegExp } = {}) {
  const failures: string[] = [];
  page.on('requestfailed', (r) => {
    // An aborted subresource is the browser cancelling a load (leaving a page drops its favicon,
    // Next's router aborts its prefetch probes), not a file that failed: a missing or broken file
    // shows as an HTTP status or another network error, and those still count. The order of
    // Chromium's events cannot tell reliably which document a late favicon belonged to.
    if (r.failure()?.errorText === 'net::ERR_ABORTED' && !r.isNavigationRequest()) return;
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
