'use client';
/**
 * The browser's one quiz store (over localStorage) and the hooks that read it. Loaded only by
 * the quiz's own screens, which are client-only islands, so zod, ts-fsrs and the engines stay out
 * of every other page's JavaScript.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { bankIndexPath, joinItems, textPath, textSources } from '@/lib/quiz/bank-files';
import type { BankIndex, BankItem, IndexItem, SourceText } from '@/lib/quiz/item';
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

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

function fetchJson<T>(path: string, what: string): Promise<T> {
  return fetch(`${basePath}${path}`).then(
    (r) => {
      if (!r.ok) throw new Error(`${what} did not load (HTTP ${r.status})`);
      return r.json() as Promise<T>;
    },
    (err: Error) => {
      throw new Error(`${what} did not load (${err.message})`);
    },
  );
}

let indexRequest: Promise<BankIndex> | null = null;

function fetchIndex(): Promise<BankIndex> {
  indexRequest ??= fetchJson<BankIndex>(bankIndexPath, 'the question bank');
  // A failed request may be retried on the next visit to a quiz screen.
  indexRequest.catch(() => (indexRequest = null));
  return indexRequest;
}

export type BankState = { bank: BankIndex | null; error: string | null };

/** The bank's index (every item's metadata, no text), fetched once per page load. */
export function useBank(): BankState {
  const [state, setState] = useState<BankState>({ bank: null, error: null });
  useEffect(() => {
    let live = true;
    fetchIndex().then(
      (bank) => live && setState({ bank, error: null }),
      (err: Error) => live && setState({ bank: null, error: err.message }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** Text files loaded on this page, by source key, and the requests in flight. */
const loadedTexts = new Map<string, SourceText>();
const textRequests = new Map<string, Promise<SourceText>>();

function fetchText(source: string, title: string): Promise<SourceText> {
  let request = textRequests.get(source);
  if (!request) {
    request = fetchJson<SourceText>(textPath(source), `the questions of “${title}”`).then((text) => {
      loadedTexts.set(source, text);
      return text;
    });
    textRequests.set(source, request);
    // A failed file is requested again on retry; the others stay loaded.
    request.catch(() => textRequests.delete(source));
  }
  return request;
}

/** The items with their texts if every file they need is already loaded, else null. */
function joinedIfLoaded(items: readonly IndexItem[]): BankItem[] | null {
  if (!textSources(items).every((s) => loadedTexts.has(s))) return null;
  try {
    return joinItems(items, loadedTexts);
  } catch {
    return null; // a text is missing: loading again reports it
  }
}

export type TextsState = { items: BankItem[] | null; error: string | null; retry(): void };

/**
 * The texts of the items a session shows: the text files of their source pages, fetched in
 * parallel (each once per page load). Predict items need none.
 */
export function useItemTexts(bank: BankIndex, items: readonly IndexItem[]): TextsState {
  const ready = useMemo(() => joinedIfLoaded(items), [items]);
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<{ for: readonly IndexItem[] | null; items: BankItem[] | null; error: string | null }>({
    for: null,
    items: null,
    error: null,
  });
  useEffect(() => {
    if (ready) return;
    let live = true;
    const titles = new Map(bank.sources.map((s) => [s.key, s.title]));
    Promise.all(textSources(items).map((source) => fetchText(source, titles.get(source) ?? source)))
      .then(() => joinItems(items, loadedTexts))
      .then(
        (full) => live && setLoaded({ for: items, items: full, error: null }),
        (err: Error) => live && setLoaded({ for: items, items: null, error: err.message }),
      );
    return () => {
      live = false;
    };
  }, [bank, items, ready, attempt]);
  const current = loaded.for === items ? loaded : null;
  return {
    items: ready ?? current?.items ?? null,
    error: ready ? null : (current?.error ?? null),
    retry: () => {
      setLoaded({ for: null, items: null, error: null });
      setAttempt((a) => a + 1);
    },
  };
}
