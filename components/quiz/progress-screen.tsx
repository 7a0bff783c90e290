'use client';
import Link from 'next/link';
import { useState } from 'react';
import type { BankIndex } from '@/lib/quiz/item';
import { forecast } from '@/lib/quiz/queue';
import { progress, type GroupProgress } from '@/lib/quiz/stats';
import { rubricShare } from '@/lib/quiz/mock';
import { MAX_NEW_PER_DAY } from '@/lib/quiz/saved';
import { DataControls } from './data-controls';
import { QuizFrame } from './quiz-frame';
import { quizStore, useQuiz } from './quiz-store';
import { dayLabel } from './when';

export default function ProgressScreen() {
  return <QuizFrame>{(bank) => <Dashboard bank={bank} />}</QuizFrame>;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function Dashboard({ bank }: { bank: BankIndex }) {
  const cards = useQuiz((s) => s.cards);
  const days = useQuiz((s) => s.days);
  const sessions = useQuiz((s) => s.mock.sessions);
  const newPerDay = useQuiz((s) => s.settings.newPerDay);
  const [now] = useState(() => Date.now());
  const p = progress(bank, cards, days, now);
  const ids = bank.items.map((i) => i.id);
  const days7 = forecast(ids, cards, now, 7);
  const peak = Math.max(1, ...days7.map((d) => d.count));
  const titles = new Map(bank.sources.map((s) => [s.slug, s.title]));

  return (
    <div className="space-y-6">
      <section className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label="Totals">
        <Stat label="Items seen" value={`${p.seen} / ${p.total}`} />
        <Stat label="Mastered" value={String(p.mastered)} />
        <Stat label="Answers" value={String(p.reviews)} />
        <Stat label="Streak" value={`${p.streak.current} d`} note={`longest ${p.streak.longest} d`} />
      </section>

      <section className="panel" aria-labelledby="forecast">
        <h2 id="forecast" className="text-xl font-semibold">
          Due in the next 7 days
        </h2>
        <ol className="mt-3 space-y-1">
          {days7.map((d, i) => (
            <li key={d.day} className="grid grid-cols-[6rem_1fr_3rem] items-center gap-2 text-sm">
              <span>{dayLabel(d.day, i)}</span>
              <span className="bar" aria-hidden>
                <span style={{ width: `${(d.count / peak) * 100}%` }} />
              </span>
              <span className="text-right">{d.count}</span>
            </li>
          ))}
        </ol>
      </section>

      <Groups title="Mastery by design category" id="by-category" groups={p.byCategory} />
      <Groups title="Mastery by concept" id="by-concept" groups={p.byConcept} />

      <section className="panel" aria-labelledby="mocks">
        <h2 id="mocks" className="text-xl font-semibold">
          Mock interviews
        </h2>
        {sessions.length === 0 ? (
          <p className="mt-2">
            None yet. <Link href="/quiz/mock/">Start a mock interview</Link>.
          </p>
        ) : (
          <ul className="mt-2 space-y-1">
            {[...sessions]
              .reverse()
              .slice(0, 10)
              .map((s) => (
                <li key={`${s.slug}-${s.finishedAt}`}>
                  <Link href={`/quiz/mock/${s.slug}/`} prefetch={false}>
                    {titles.get(s.slug) ?? s.slug}
                  </Link>
                  : {pct(rubricShare(s.scores))} of the rubric, {Math.round(s.elapsedMs / 60_000)} min,{' '}
                  {new Date(s.finishedAt).toLocaleDateString('en-US', { dateStyle: 'medium' })}
                </li>
              ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="settings">
        <h2 id="settings" className="text-xl font-semibold">
          Settings
        </h2>
        <label className="mt-2 flex flex-wrap items-center gap-2">
          New cards per day in review
          <input
            type="number"
            min={0}
            max={MAX_NEW_PER_DAY}
            className="min-h-11 w-24 rounded-md border border-[var(--border)] bg-[var(--bg)] px-2"
            value={newPerDay}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (e.target.value !== '' && Number.isFinite(n)) quizStore.getState().setNewPerDay(n);
            }}
          />
        </label>
        <p className="mt-1 text-sm muted">Cards first seen today in any mode count against it.</p>
      </section>

      <DataControls bank={bank} />
    </div>
  );
}

function Stat({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="panel">
      <p className="text-sm muted">{label}</p>
      <p className="text-2xl font-bold">{value}</p>
      {note && <p className="text-xs muted">{note}</p>}
    </div>
  );
}

function Groups({ title, id, groups }: { title: string; id: string; groups: GroupProgress[] }) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      <p className="mt-1 text-sm muted">Expected recall now: the chance you would answer each item today (unseen items count as 0).</p>
      <ul className="mt-3 space-y-3">
        {groups.map((g) => (
          <li key={g.key}>
            <div className="flex flex-wrap justify-between gap-x-3 text-sm">
              <span className="font-medium">{g.label}</span>
              <span>
                {pct(g.recall)} recall · seen {g.seen}/{g.total} · mastered {g.mastered}
              </span>
            </div>
            <div className="bar mt-1" aria-hidden>
              <span style={{ width: pct(g.recall) }} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
