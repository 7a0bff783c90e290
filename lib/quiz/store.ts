/**
 * The quiz's progress store: zustand with persist (versioned, migrated, over the safe storage
 * of storage.ts). Vanilla, so it runs in tests without React; components bind it with useStore.
 * It is created with skipHydration: pages render the same static HTML with or without saved
 * data, and call rehydrate() after they load.
 */
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { STORAGE_KEY, SAVED_VERSION } from './keys';
import { localDay } from './local-day';
import type { Notice } from './notices';
import { emptySaved, migrate, salvage, MAX_NEW_PER_DAY, MAX_NOTES_CHARS, MAX_SESSIONS, type MockClock, type MockSession, type SavedState } from './saved';
import { reviewCard, type Grade } from './scheduler';
import type { SafeStorage } from './storage';

export type QuizActions = {
  /** Records a review of item `id` with `grade` at `now`. */
  record(id: string, grade: Grade, now: number): void;
  setNewPerDay(n: number): void;
  setNotes(slug: string, text: string): void;
  /** The mock interview clock of a design; null removes it. */
  setClock(slug: string, clock: MockClock | null): void;
  addSession(session: MockSession): void;
  /** Replaces all progress (an import); the replaced data is backed up first. */
  replace(state: SavedState): void;
  /** Clears all progress; the cleared data is backed up first. */
  reset(): void;
};

export type QuizState = SavedState & QuizActions;

const savedPart = ({ cards, days, settings, mock }: QuizState): SavedState => ({ cards, days, settings, mock });

export function createQuizStore({ storage, notify }: { storage: SafeStorage; notify: (n: Notice) => void }) {
  return createStore<QuizState>()(
    persist(
      (set) => ({
        ...emptySaved(),
        record(id, grade, now) {
          const day = localDay(now);
          set((s) => ({
            cards: { ...s.cards, [id]: reviewCard(s.cards[id], grade, now) },
            days: { ...s.days, [day]: (s.days[day] ?? 0) + 1 },
          }));
        },
        setNewPerDay(n) {
          const value = Math.max(0, Math.min(MAX_NEW_PER_DAY, Math.round(n)));
          set((s) => ({ settings: { ...s.settings, newPerDay: value } }));
        },
        setNotes(slug, text) {
          set((s) => ({ mock: { ...s.mock, notes: { ...s.mock.notes, [slug]: text.slice(0, MAX_NOTES_CHARS) } } }));
        },
        setClock(slug, clock) {
          set((s) => {
            const clocks = { ...s.mock.clocks };
            if (clock) clocks[slug] = clock;
            else delete clocks[slug];
            return { mock: { ...s.mock, clocks } };
          });
        },
        addSession(session) {
          set((s) => ({ mock: { ...s.mock, sessions: [...s.mock.sessions, session].slice(-MAX_SESSIONS) } }));
        },
        replace(state) {
          storage.backupCurrent(STORAGE_KEY, 'before an import replaced it');
          set(state);
        },
        reset() {
          storage.backupCurrent(STORAGE_KEY, 'before a reset cleared it');
          set(emptySaved());
        },
      }),
      {
        name: STORAGE_KEY,
        version: SAVED_VERSION,
        storage,
        skipHydration: true,
        partialize: savedPart,
        migrate(persisted, version) {
          try {
            const { state, dropped } = salvage(migrate(persisted, version));
            notify({
              kind: 'migrated',
              tone: 'info',
              message: `Your progress was saved by an older version of this site and has been updated to the current format${
                dropped.length ? `; ${dropped.length} entr${dropped.length === 1 ? 'y' : 'ies'} could not be converted and ${dropped.length === 1 ? 'was' : 'were'} left out` : ''
              }. A copy of the original is kept in this browser.`,
            });
            return state as QuizState;
          } catch (err) {
            notify({
              kind: 'recovered',
              tone: 'warning',
              message: `Your saved progress could not be updated to the current format (${(err as Error).message}). A copy is kept in this browser, and the quiz starts with a clean slate.`,
            });
            return emptySaved() as QuizState;
          }
        },
        // Saved data replaces the defaults field by field; actions stay.
        merge: (persisted, current) => ({ ...current, ...(persisted as SavedState | undefined) }),
      },
    ),
  );
}

export type QuizStore = ReturnType<typeof createQuizStore>;
