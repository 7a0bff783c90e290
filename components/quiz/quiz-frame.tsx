'use client';
import type { ReactNode } from 'react';
import type { BankIndex, BankItem, IndexItem } from '@/lib/quiz/item';
import { cn } from '@/lib/cn';
import { noticeStore, useBank, useHydrated, useItemTexts, useNotices } from './quiz-store';

/** Messages about saved data: recovered, migrated, not saved, imported. */
export function Notices() {
  const notices = useNotices((s) => s.notices);
  if (!notices.length) return null;
  return (
    <div className="mb-4 space-y-2">
      {notices.map((n) => (
        <div
          key={n.kind}
          role="status"
          className={cn('panel flex flex-wrap items-start gap-3 border-l-4', n.tone === 'warning' ? 'border-l-[#b45309]' : 'border-l-[var(--link)]')}
        >
          <p className="min-w-0 flex-1">{n.message}</p>
          <button type="button" className="btn" onClick={() => noticeStore.getState().dismiss(n.kind)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}

/** Loads the question bank's index and the saved progress, then renders the screen. */
export function QuizFrame({ children }: { children: (bank: BankIndex) => ReactNode }) {
  const hydrated = useHydrated();
  const { bank, error } = useBank();
  return (
    <>
      <Notices />
      {error ? (
        <p role="alert" className="panel">
          The questions could not be loaded ({error}). Check your connection and reload the page.
        </p>
      ) : !bank || !hydrated ? (
        <p className="muted">Loading your progress…</p>
      ) : (
        children(bank)
      )}
    </>
  );
}

/** Loads the texts of the items a session shows (their source pages' files), then renders it. */
export function WithItemTexts({
  bank,
  items,
  children,
}: {
  bank: BankIndex;
  items: readonly IndexItem[];
  children: (items: BankItem[]) => ReactNode;
}) {
  const texts = useItemTexts(bank, items);
  if (texts.error) {
    return (
      <div role="alert" className="panel">
        <p>{texts.error.charAt(0).toUpperCase() + texts.error.slice(1)}. Check your connection and try again.</p>
        <button type="button" className="btn mt-3" onClick={texts.retry}>
          Try again
        </button>
      </div>
    );
  }
  if (!texts.items) return <p className="muted">Loading questions…</p>;
  return <>{children(texts.items)}</>;
}
