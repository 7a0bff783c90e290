'use client';
import { useEffect, useRef, useState } from 'react';
import { MOCK_MINUTES, mockPhases, phaseStart, rubric, rubricShare, scoreLabels } from '@/lib/quiz/mock';
import type { MockClock } from '@/lib/quiz/saved';
import { cn } from '@/lib/cn';
import { Notices } from './quiz-frame';
import { quizStore, useHydrated, useQuiz } from './quiz-store';
import { useShortcuts } from './use-shortcuts';

const TOTAL_MS = MOCK_MINUTES * 60_000;
const stopped: MockClock = { elapsedMs: 0, runningSince: null, phase: 0, phaseStartedMs: 0 };

/** "12:05", or "-2:13" past zero. */
function clockText(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const s = Math.floor(Math.abs(ms) / 1000);
  return `${sign}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

const elapsedOf = (c: MockClock, now: number) => c.elapsedMs + (c.runningSince === null ? 0 : Math.max(0, now - c.runningSince));

/** Opens the next closed section of the model answer on the page; false when all are open. */
function revealNextSection(): boolean {
  const next = [...document.querySelectorAll<HTMLDetailsElement>('details[data-model-section]')].find((d) => !d.open);
  if (!next) return false;
  next.open = true;
  next.scrollIntoView({ block: 'start' });
  next.querySelector('summary')?.focus();
  return true;
}

/**
 * The clock, phases, notes and self-assessment of one mock interview. The clock survives a
 * reload (its state is saved); notes are saved as you type.
 */
export default function MockIsland({ slug }: { slug: string }) {
  const hydrated = useHydrated();
  const clock = useQuiz((s) => s.mock.clocks[slug]) ?? stopped;
  const savedNotes = useQuiz((s) => s.mock.notes[slug] ?? '');
  const [now, setNow] = useState(() => Date.now());
  const [finished, setFinished] = useState<{ elapsedMs: number } | null>(null);
  const [scores, setScores] = useState<Record<string, number>>({});
  const [result, setResult] = useState<number | null>(null);

  const running = clock.runningSince !== null;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);

  const setClock = (c: MockClock | null) => quizStore.getState().setClock(slug, c);
  const elapsed = elapsedOf(clock, now);
  const phase = mockPhases[clock.phase];
  const inPhase = elapsed - clock.phaseStartedMs;
  const overPhase = inPhase > phase.minutes * 60_000;

  const startPause = () => {
    const t = Date.now();
    setNow(t);
    setClock(running ? { ...clock, elapsedMs: elapsedOf(clock, t), runningSince: null } : { ...clock, runningSince: t });
  };
  const nextPhase = () => {
    if (clock.phase >= mockPhases.length - 1) return;
    setClock({ ...clock, phase: clock.phase + 1, phaseStartedMs: elapsed });
  };
  const finish = () => {
    const t = Date.now();
    setClock({ ...clock, elapsedMs: elapsedOf(clock, t), runningSince: null });
    setFinished({ elapsedMs: elapsedOf(clock, t) });
  };

  useShortcuts((key) => {
    if (!hydrated) return false;
    if (key === ' ' && !finished) {
      startPause();
      return true;
    }
    if ((key === 'n' || key === 'N') && !finished) {
      nextPhase();
      return true;
    }
    if (key === 'r' || key === 'R') return revealNextSection();
    return false;
  });

  if (!hydrated) return <p className="muted">Loading the clock…</p>;

  return (
    <>
      <Notices />
      <div className="panel sticky top-14 z-30 flex flex-wrap items-center gap-x-4 gap-y-2" role="group" aria-label="Interview clock">
        <p className="min-w-28">
          <span className="block text-xs muted">{elapsed > TOTAL_MS ? 'Over time' : 'Time left'}</span>
          <span className="font-mono text-2xl font-bold tabular-nums" role="timer" aria-live="off">
            {clockText(TOTAL_MS - elapsed)}
          </span>
        </p>
        <p className="min-w-0 flex-1">
          <span className="block text-xs muted">
            Phase {clock.phase + 1} of {mockPhases.length}
          </span>
          <span className="font-semibold">{phase.title}</span>{' '}
          <span className={cn('text-sm', overPhase ? 'bad tone' : 'muted')}>
            {clockText(inPhase)} of {phase.minutes} min{overPhase && ': time to move on'}
          </span>
        </p>
        <div className="flex flex-wrap gap-2">
          <button type="button" className="btn btn-primary" onClick={startPause} disabled={finished !== null} aria-keyshortcuts="Space">
            {running ? 'Pause' : elapsed > 0 ? 'Resume' : 'Start'}
          </button>
          <button type="button" className="btn" onClick={nextPhase} disabled={finished !== null || clock.phase >= mockPhases.length - 1} aria-keyshortcuts="N">
            Next phase
          </button>
        </div>
      </div>

      <ol className="mt-4 grid gap-2 text-sm sm:grid-cols-3" aria-label="Phases and suggested times">
        {mockPhases.map((p, i) => (
          <li
            key={p.id}
            className={cn('rounded-md border px-3 py-2', i === clock.phase ? 'border-[var(--link)] border-2' : 'border-[var(--border)]')}
            aria-current={i === clock.phase ? 'step' : undefined}
          >
            <a href={`#phase-${p.id}`} className="font-medium">
              {i + 1}. {p.title}
            </a>
            <span className="block muted">
              {p.minutes} min, from {clockText(phaseStart(i))}
              {i < clock.phase && ' · done'}
              {i === clock.phase && ' · now'}
            </span>
          </li>
        ))}
      </ol>

      <NotesArea slug={slug} saved={savedNotes} />

      {!finished ? (
        <div className="mt-4 flex flex-wrap gap-2">
          <button type="button" className="btn btn-primary" onClick={finish}>
            Finish and assess yourself
          </button>
          {elapsed > 0 && (
            <button type="button" className="btn" onClick={() => setClock(null)}>
              Reset the clock
            </button>
          )}
        </div>
      ) : result === null ? (
        <form
          className="panel mt-4 space-y-4"
          aria-labelledby="rubric-title"
          onSubmit={(e) => {
            e.preventDefault();
            quizStore.getState().addSession({ slug, finishedAt: Date.now(), elapsedMs: finished.elapsedMs, scores });
            setClock(null);
            setResult(rubricShare(scores));
          }}
        >
          <h2 id="rubric-title" className="text-xl font-semibold">
            Assess yourself
          </h2>
          <p className="text-sm">
            You used {clockText(finished.elapsedMs)} of {MOCK_MINUTES}:00. Rate each point as an interviewer would; unrated points count as
            missed.
          </p>
          {mockPhases.map((p) => (
            <fieldset key={p.id}>
              <legend className="font-semibold">{p.title}</legend>
              {rubric
                .filter((c) => c.phase === p.id)
                .map((c) => (
                  <div key={c.id} role="radiogroup" aria-labelledby={`crit-${c.id}`} className="mt-2">
                    <p id={`crit-${c.id}`} className="text-sm">
                      {c.text}
                    </p>
                    <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                      {scoreLabels.map((label, score) => (
                        <label key={label} className="flex min-h-11 items-center gap-2 text-sm">
                          <input
                            type="radio"
                            className="h-5 w-5"
                            name={c.id}
                            checked={scores[c.id] === score}
                            onChange={() => setScores({ ...scores, [c.id]: score })}
                          />
                          {label}
                        </label>
                      ))}
                    </div>
                  </div>
                ))}
            </fieldset>
          ))}
          <button type="submit" className="btn btn-primary">
            Save my assessment
          </button>
        </form>
      ) : (
        <div className="panel mt-4" role="status">
          <p className="text-lg font-semibold">You rated yourself {Math.round(result * 100)}% of the rubric.</p>
          <p className="mt-1">Now compare with the model answer below, one section at a time.</p>
          <button type="button" className="btn btn-primary mt-3" onClick={revealNextSection} aria-keyshortcuts="R">
            Reveal the next section <span className="kbd" aria-hidden>R</span>
          </button>
        </div>
      )}
    </>
  );
}

/** Notes for the interview, saved as you type (a moment after the last key) and on leaving. */
function NotesArea({ slug, saved }: { slug: string; saved: string }) {
  const [text, setText] = useState(saved);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(text);
  const flush = () => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
    if (latest.current !== quizStore.getState().mock.notes[slug]) quizStore.getState().setNotes(slug, latest.current);
  };
  useEffect(() => flush, []); // eslint-disable-line react-hooks/exhaustive-deps -- save once on unmount
  return (
    <div className="mt-4">
      <label htmlFor="mock-notes" className="font-semibold">
        Your notes
      </label>
      <p id="mock-notes-hint" className="text-sm muted">
        Requirements, numbers, the API, a sketch in words: what you would say or draw. Saved in this browser.
      </p>
      <textarea
        id="mock-notes"
        aria-describedby="mock-notes-hint"
        className="mt-1 min-h-48 w-full rounded-md border border-[var(--border)] bg-[var(--bg)] p-3 font-mono text-sm"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          latest.current = e.target.value;
          if (pending.current) clearTimeout(pending.current);
          pending.current = setTimeout(flush, 400);
        }}
        onBlur={flush}
      />
    </div>
  );
}
