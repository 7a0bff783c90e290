import type { Metadata } from 'next';
import Link from 'next/link';
import { categories } from '@/lib/content/taxonomy';
import { QuizIsland } from '@/components/quiz/quiz-island';

export const metadata: Metadata = {
  title: 'Quiz',
  description: 'Practise sets of questions, review what is due with spaced repetition, and rehearse a timed mock interview.',
};

export default function QuizHome() {
  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl font-bold">Quiz</h1>
      <p className="mt-2 text-lg">
        Drill the questions of every design and concept, get reminded of what you forget, and rehearse a whole interview. Progress stays in
        this browser.
      </p>
      <div className="mt-6">
        <QuizIsland screen="hub" />
      </div>
      <div className="mt-6 grid gap-4 sm:grid-cols-2">
        <section className="panel" aria-labelledby="practice">
          <h2 id="practice" className="text-xl font-semibold">
            Practice
          </h2>
          <p className="mt-1">A set of questions in a fresh order, with the explanation after each answer.</p>
          <ul className="mt-2 space-y-1">
            {categories.map((c) => (
              <li key={c}>
                <Link href={`/quiz/practice/?category=${encodeURIComponent(c)}`}>{c}</Link>
              </li>
            ))}
          </ul>
          <Link href="/quiz/practice/" className="btn mt-3">
            Build a practice set
          </Link>
        </section>
        <section className="panel" aria-labelledby="mock">
          <h2 id="mock" className="text-xl font-semibold">
            Mock interview
          </h2>
          <p className="mt-1">
            45 minutes on one design, in six timed phases with prompts and hints, then a self-assessment and the model answer section by
            section.
          </p>
          <Link href="/quiz/mock/" className="btn mt-3">
            Pick a design
          </Link>
        </section>
      </div>
      <section className="mt-6 text-sm muted" aria-labelledby="how">
        <h2 id="how" className="font-semibold text-[var(--fg)]">
          How it works
        </h2>
        <p className="mt-1">
          Every answer schedules its question with FSRS, a spaced-repetition algorithm: right answers come back later and later, missed ones
          soon. Multiple-choice and numeric answers grade themselves; for flashcards you rate your recall (Again, Hard, Good, Easy).
          Predict-then-run questions draw fresh numbers each time and compute the answer by running the site&apos;s simulators. Everything
          works by keyboard: number keys answer, Space reveals, Enter goes on.
        </p>
      </section>
    </div>
  );
}
