'use client';
import { useMemo, useSyncExternalStore } from 'react';
import { STORAGE_KEY } from '@/lib/quiz/keys';
import { readCards } from '@/lib/quiz/summary';

const subscribe = (onChange: () => void) => {
  window.addEventListener('storage', onChange);
  return () => window.removeEventListener('storage', onChange);
};
const savedText = () => {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
};

/** Saved quiz cards, read after hydration (null in the static HTML and when there are none). */
export function useSavedCards() {
  const raw = useSyncExternalStore(subscribe, savedText, () => null);
  return useMemo(() => readCards(raw), [raw]);
}
