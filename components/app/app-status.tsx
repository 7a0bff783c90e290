'use client';
import { useEffect, useState, useSyncExternalStore } from 'react';

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** Set when the reader asks for the new version: its worker taking control then reloads the page. */
let reloadRequested = false;

const subscribeOnline = (onChange: () => void) => {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
};

/**
 * Registers the service worker (sw.js, written over the export by scripts/postbuild.ts) and says
 * when the reader is offline and when a new version of the site is ready. A new version installs
 * in the background and takes over on the next visit, or now if the reader chooses to reload.
 */
export function AppStatus() {
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const sw = navigator.serviceWorker;
    // A worker that finishes installing while another controls the page is a new version (the
    // very first worker installs before it controls anything).
    const watch = (reg: ServiceWorkerRegistration) => {
      if (reg.waiting && sw.controller) setWaiting(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const worker = reg.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && sw.controller) setWaiting(worker);
        });
      });
    };
    sw.register(`${basePath}/sw.js`, { scope: `${basePath}/` })
      .then(watch)
      .catch(() => {
        // No worker (e.g. a private window that forbids it): the site still works online.
      });
    const onControllerChange = () => {
      if (reloadRequested) window.location.reload();
    };
    sw.addEventListener('controllerchange', onControllerChange);
    return () => sw.removeEventListener('controllerchange', onControllerChange);
  }, []);

  // One live region, always present, so screen readers announce what appears in it.
  return (
    <div role="status" className="pointer-events-none fixed inset-x-0 bottom-3 z-50 flex justify-center px-3 no-print">
      {(!online || waiting) && (
        <div className="pointer-events-auto flex max-w-xl items-center gap-3 rounded-lg border border-[var(--border)] bg-[var(--surface)] px-4 py-2 text-sm shadow-lg">
          {!online ? (
            <p>
              You are offline.{' '}
              {navigator.serviceWorker?.controller
                ? 'The whole site is saved on this device and keeps working.'
                : 'Pages you have not opened yet may not load.'}
            </p>
          ) : (
            <>
              <p>A new version of the site is ready; it loads on your next visit.</p>
              <button
                type="button"
                className="shrink-0 rounded border border-[var(--border)] px-2 py-1"
                onClick={() => {
                  reloadRequested = true;
                  waiting?.postMessage({ type: 'SKIP_WAITING' });
                }}
              >
                Reload now
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
}
