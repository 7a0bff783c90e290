'use client';
import Link from 'next/link';
import { useState } from 'react';
import type { BankIndex } from '@/lib/quiz/item';
import { dailyQueue, nextDue } from '@/lib/quiz/queue';
import { QuizFrame, WithItemTexts } from './quiz-frame';
import { quizStore } from './quiz-store';
import { Session, SessionSummary } from './session';
import { dueIn } from './when';

export default function ReviewScreen() {
  return <QuizFrame>{(bank) => <Review bank={bank} />}</QuizFrame>;
}

/** Today's queue, fixed when the screen opens: cards due now, then today's new cards. */
function Review({ bank }: { bank: BankIndex }) {
  const [queue] = useState(() => {
    const { cards, settings } = quizStore.getState();
    const now = Date.now();
    const q = dailyQueue(bank.items.map((i) => i.id), cards, now, settings.newPerDay);
    const byId = new Map(bank.items.map((i) => [i.id, i]));
    return { now, due: q.due.length, fresh: q.fresh.length, items: [...q.due, ...q.fresh].map((id) => byId.get(id)!) };
  });
  const ids = bank.items.map((i) => i.id);

  if (!queue.items.length) {
    const next = nextDue(ids, quizStore.getState().cards);
    return (
      <div className="panel">
        <p className="text-lg font-semibold">Nothing to review now.</p>
        <p className="mt-1">
          {next === null ? 'No card is scheduled yet, and today’s new cards are done.' : `The next card is due ${dueIn(next, queue.now)}.`}{' '}
          You can still practise any set; answers there schedule cards too.
        </p>
        <div className="mt-3 flex flex-wrap gap-2">
          <Link href="/quiz/practice/" className="btn btn-primary">
            Practise a set
          </Link>
          <Link href="/quiz/progress/" className="btn">
            See your progress
          </Link>
        </div>
      </div>
    );
  }

  return (
    <>
      <p className="mb-3">
        {queue.due} due, {queue.fresh} new. Cards you miss come back in a few minutes.
      </p>
      <WithItemTexts bank={bank} items={queue.items}>
        {(items) => (
          <Session
            bank={bank}
            items={items}
            requeue
            summary={(results) => (
              <SessionSummary bank={bank} results={results}>
                <DoneForNow ids={ids} />
                <Link href="/quiz/progress/" className="btn btn-primary">
                  See your progress
                </Link>
                <Link href="/quiz/" className="btn">
                  Quiz home
                </Link>
              </SessionSummary>
            )}
          />
        )}
      </WithItemTexts>
    </>
  );
}

function DoneForNow({ ids }: { ids: string[] }) {
  const [{ next, now }] = useState(() => ({ next: nextDue(ids, quizStore.getState().cards), now: Date.now() }));
  return <p className="w-full">Done for now.{next !== null && ` The next card is due ${dueIn(next, now)}.`}</p>;
}
