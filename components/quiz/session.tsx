'use client';
import Link from 'next/link';
import { useMemo, useState, type ReactNode } from 'react';
import type { BankIndex, BankItem, BankSource } from '@/lib/quiz/item';
import { LEARN_AHEAD_MS } from '@/lib/quiz/queue';
import { showItem, freshSeed } from '@/lib/quiz/select';
import { Question, type Answer } from './question';
import { quizStore, useQuiz } from './quiz-store';

export type SessionResult = { item: BankItem; answer: Answer };

type Turn = { item: BankItem; seed: number };

/**
 * A run through a list of items. Each answer is recorded (and saved) at once, so leaving
 * mid-way loses nothing. In review, a card that falls due again within minutes (a learning
 * step after Again) comes back before the session ends.
 */
export function Session({
  bank,
  items,
  requeue,
  summary,
}: {
  bank: BankIndex;
  /** With their texts loaded (WithItemTexts). */
  items: BankItem[];
  requeue: boolean;
  summary: (results: SessionResult[]) => ReactNode;
}) {
  const [turns, setTurns] = useState<Turn[]>(() => items.map((item) => ({ item, seed: freshSeed() })));
  const [index, setIndex] = useState(0);
  const [results, setResults] = useState<SessionResult[]>([]);
  const sources = useMemo(() => new Map<string, BankSource>(bank.sources.map((s) => [s.key, s])), [bank]);
  const turn = turns[index] as Turn | undefined;
  const card = useQuiz((s) => (turn ? s.cards[turn.item.id] : undefined));
  const shown = useMemo(() => (turn ? showItem(turn.item, turn.seed) : null), [turn]);

  if (!turn || !shown) return <>{summary(results)}</>;

  const onAnswer = (answer: Answer) => {
    const now = Date.now();
    quizStore.getState().record(turn.item.id, answer.grade, now);
    setResults((r) => [...r, { item: turn.item, answer }]);
    const after = quizStore.getState().cards[turn.item.id];
    if (requeue && after && after.due <= now + LEARN_AHEAD_MS) {
      setTurns((t) => [...t, { item: turn.item, seed: freshSeed() }]);
    }
  };
  const remaining = turns.length - index;
  const right = results.filter((r) => r.answer.correct === true || (r.answer.correct === null && r.answer.grade >= 3)).length;

  return (
    <div>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm">
        <p>
          Question {index + 1} of {turns.length}
          {requeue && remaining > 1 && <span className="muted"> ({remaining - 1} after this one)</span>}
        </p>
        <p className="muted">
          {right} right of {results.length} answered
        </p>
      </div>
      <div className="bar mb-4" aria-hidden>
        <span style={{ width: `${(index / turns.length) * 100}%` }} />
      </div>
      <Question
        key={index}
        shown={shown}
        source={sources.get(turn.item.source)}
        card={card}
        onAnswer={onAnswer}
        onNext={() => setIndex((i) => i + 1)}
        nextLabel={index + 1 < turns.length ? 'Next question' : 'See the summary'}
      />
      <p className="mt-4 text-sm muted">
        Keys: <span className="kbd">1</span>–<span className="kbd">6</span> pick an answer or a grade,{' '}
        <span className="kbd">Space</span> shows a flashcard&apos;s answer, <span className="kbd">Enter</span> goes on.{' '}
        <Link href="/quiz/">Leave</Link> at any time: every answer is already saved.
      </p>
    </div>
  );
}

/** Right, to review, and the items to read again, after a session. */
export function SessionSummary({
  bank,
  results,
  children,
}: {
  bank: BankIndex;
  results: SessionResult[];
  children?: ReactNode;
}) {
  const sources = new Map(bank.sources.map((s) => [s.key, s]));
  // Each item once, by its last answer (a requeued card counts by how it ended).
  const last = new Map<string, SessionResult>();
  for (const r of results) last.set(r.item.id, r);
  const finals = [...last.values()];
  const isRight = (r: SessionResult) => r.answer.correct === true || (r.answer.correct === null && r.answer.grade >= 3);
  const missed = results.filter((r) => !isRight(r)).map((r) => r.item);
  const toReview = [...new Map(missed.map((i) => [i.id, i])).values()];
  const right = finals.filter(isRight).length;
  return (
    <section className="panel" aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="text-xl font-bold">
        Session summary
      </h2>
      {finals.length === 0 ? (
        <p className="mt-2">No questions answered.</p>
      ) : (
        <p className="mt-2 text-lg">
          {right} of {finals.length} right
          <span className="muted text-base"> (flashcards you rated Good or Easy count as right)</span>
        </p>
      )}
      {toReview.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold">What to review</h3>
          <ul className="mt-2 space-y-2">
            {toReview.map((item) => (
              <li key={item.id}>
                <Link href={item.section.href} prefetch={false}>
                  {item.section.title}
                </Link>{' '}
                <span className="muted">in {sources.get(item.source)?.title}</span>
                {item.prompt && <span className="block text-sm muted">{item.prompt}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {children && <div className="mt-5 flex flex-wrap gap-2">{children}</div>}
    </section>
  );
}
