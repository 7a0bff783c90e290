'use client';
/**
 * The browser's one quiz store (over localStorage) and the hooks that read it. Loaded only by
 * the quiz's own screens, which are client-only islands, so zod, ts-fsrs and the engines stay out
 * of every other page's JavaScript.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import type { Bank } from '@/lib/quiz/item';
import { STORAGE_KEY } from '@/lib/quiz/keys';
import { createNoticeStore, type NoticeStore } from '@/lib/quiz/notices';
import { createSafeStorage } from '@/lib/quiz/storage';
import { createQuizStore, type QuizState } from '@/lib/quiz/store';

export const noticeStore = createNoticeStore();
export const quizStorage = createSafeStorage({ getStorage: () => window.localStorage, notify: (n) => noticeStore.getState().add(n) });
export const quizStore = createQuizStore({ storage: quizStorage, notify: (n) => noticeStore.getState().add(n) });

export const useQuiz = <T,>(selector: (s: QuizState) => T): T => useStore(quizStore, selector);
export const useNotices = <T,>(selector: (s: NoticeStore) => T): T => useStore(noticeStore, selector);

/** Whether this page has read saved progress; set once the first rehydration settles (even
 * if it failed: the store then holds a clean slate and a notice says why). */
let hydrated = false;
let hydration: Promise<void> | null = null;
const hydrationListeners = new Set<() => void>();

function hydrateOnce() {
  hydration ??= quizStore.persist
    .rehydrate()
    .catch(() => undefined)
    .then(() => {
      hydrated = true;
      for (const listener of hydrationListeners) listener();
    });
}

/**
 * Reads saved progress once per page load (after the static HTML has rendered), and again when
 * another tab saves, so two tabs never overwrite each other's answers. True once read.
 */
export function useHydrated(): boolean {
  const ready = useSyncExternalStore(
    (onChange) => {
      hydrationListeners.add(onChange);
      return () => hydrationListeners.delete(onChange);
    },
    () => hydrated,
    () => false,
  );
  useEffect(() => {
    hydrateOnce();
    const onStorage = (e: StorageEvent) => {
      if (e.key === STORAGE_KEY) void quizStore.persist.rehydrate();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  return ready;
}

let bankRequest: Promise<Bank> | null = null;

function fetchBank(): Promise<Bank> {
  bankRequest ??= fetch(`${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}/quiz/bank.json`).then((r) => {
    if (!r.ok) throw new Error(`the question bank did not load (HTTP ${r.status})`);
    return r.json() as Promise<Bank>;
  });
  // A failed request may be retried on the next visit to a quiz screen.
  bankRequest.catch(() => (bankRequest = null));
  return bankRequest;
}

export type BankState = { bank: Bank | null; error: string | null };

/** The item bank, fetched once per page load from the static export. */
export function useBank(): BankState {
  const [state, setState] = useState<BankState>({ bank: null, error: null });
  useEffect(() => {
    let live = true;
    fetchBank().then(
      (bank) => live && setState({ bank, error: null }),
      (err: Error) => live && setState({ bank: null, error: err.message }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
