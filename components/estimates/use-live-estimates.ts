'use client';

import { useSyncExternalStore } from 'react';
import { liveEstimates, type LiveEstimates } from '@/lib/estimate/live-estimates';

/**
 * A part of the page's live estimates (what the calculator publishes), or undefined until the
 * calculator runs on this page. The selector must return a part of the state, not a new object.
 */
export function useLiveEstimates<T>(page: string, select: (state: LiveEstimates) => T): T | undefined {
  return useSyncExternalStore(
    liveEstimates.subscribe,
    () => {
      const state = liveEstimates.get();
      return state && state.page === page ? select(state) : undefined;
    },
    () => undefined,
  );
}
