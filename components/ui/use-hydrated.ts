'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False in the exported HTML and during hydration, true after: controls that only work with
 * JavaScript (a button that loads a simulator) are left out of the static page instead of
 * sitting there inert when scripts are off.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
