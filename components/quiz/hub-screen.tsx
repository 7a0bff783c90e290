'use client';
import Link from 'next/link';
import { useState } from 'react';
import type { BankIndex } from '@/lib/quiz/item';
import { dueCounts, nextDue } from '@/lib/quiz/queue';
import { progress } from '@/lib/quiz/stats';
import { QuizFrame } from './quiz-frame';
import { useQuiz } from './quiz-store';
import { dueIn } from './when';

export default function HubScreen() {
  return <QuizFrame>{(bank) => <Hub bank={bank} />}</QuizFrame>;
}

function Hub({ bank }: { bank: BankIndex }) {
  const cards = useQuiz((s) => s.cards);
  const days = useQuiz((s) => s.days);
  const newPerDay = useQuiz((s) => s.settings.newPerDay);
  const [now] = useState(() => Date.now());
  const ids = bank.items.map((i) => i.id);
  const due = dueCounts(ids, cards, now, newPerDay);
  const p = progress(bank, cards, days, now);
  const next = nextDue(ids, cards);
  const toReview = due.now + due.newToday;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <section className="panel" aria-labelledby="hub-review">
        <h2 id="hub-review" className="text-xl font-semibold">
          Review
        </h2>
        <p className="mt-1 text-3xl font-bold" data-testid="due-now">
          {due.now} due
          <span className="text-base font-normal muted">
            {' '}
            + {due.newToday} new
          </span>
        </p>
        <p className="mt-1 text-sm">
          {due.today} due today, {due.week} this week.
          {due.now === 0 && next !== null && ` Next card due ${dueIn(next, now)}.`}
        </p>
        <Link href="/quiz/review/" className="btn btn-primary mt-3">
          {toReview ? `Start review (${toReview})` : 'Open review'}
        </Link>
      </section>
      <section className="panel" aria-labelledby="hub-progress">
        <h2 id="hub-progress" className="text-xl font-semibold">
          Progress
        </h2>
        <p className="mt-1" data-testid="seen">
          {p.seen} of {p.total} items seen, {p.mastered} mastered.
        </p>
        <p className="text-sm">
          Streak: {p.streak.current} day{p.streak.current === 1 ? '' : 's'}
          {p.streak.current > 0 && !p.streak.activeToday && ' (review today to keep it)'}. {p.reviews} answers in all.
        </p>
        <Link href="/quiz/progress/" className="btn mt-3">
          See your progress
        </Link>
      </section>
    </div>
  );
}
