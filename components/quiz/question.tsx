'use client';
import Link from 'next/link';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatQuantity } from '@/lib/estimate/units';
import { describeNumericAnswer, parseQuantity, unitHint, withinTolerance } from '@/lib/quiz/answer';
import { itemTypeNames, type BankSource, type ShownItem } from '@/lib/quiz/item';
import { formatInterval, GRADES, gradeForResult, gradeNames, previewIntervals, type Grade, type SavedCard } from '@/lib/quiz/scheduler';
import { cn } from '@/lib/cn';
import { useShortcuts } from './use-shortcuts';

export type Answer = { grade: Grade; correct: boolean | null; reply: string };

type Props = {
  shown: ShownItem;
  source: BankSource | undefined;
  card: SavedCard | undefined;
  /** Called once, when the reader answers (objective items) or grades a flashcard. */
  onAnswer(answer: Answer): void;
  onNext(): void;
  /** Label of the next button: "Next question" or "See the summary". */
  nextLabel: string;
};

/** One question: its answer form, then immediate feedback with the explanation and the
 * section it tests. Keys: number keys pick a choice or a grade, Space reveals a flashcard,
 * Enter (or N) goes on. */
export function Question({ shown, source, card, onAnswer, onNext, nextLabel }: Props) {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [picked, setPicked] = useState<number | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [reply, setReply] = useState('');
  const [replyError, setReplyError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const goodRef = useRef<HTMLButtonElement>(null);
  const ids = useId();
  // The card as it was when the question opened: the grade buttons preview from it.
  const [opened] = useState(() => ({ card, at: Date.now() }));
  const intervals = useMemo(() => (shown.type === 'flashcard' ? previewIntervals(opened.card, opened.at) : null), [shown.type, opened]);

  useEffect(() => {
    if (shown.type === 'numeric') inputRef.current?.focus();
    else headingRef.current?.focus();
  }, [shown]);
  useEffect(() => {
    if (answer) nextRef.current?.focus();
  }, [answer]);
  useEffect(() => {
    if (revealed) goodRef.current?.focus();
  }, [revealed]);

  const answerWith = (a: Answer) => {
    if (answer) return;
    setAnswer(a);
    onAnswer(a);
  };
  const pick = (i: number) => {
    if (answer || shown.type !== 'mcq') return;
    setPicked(i);
    const correct = i === shown.answer;
    answerWith({ grade: gradeForResult(correct), correct, reply: shown.choices![i] });
  };
  const check = () => {
    if (answer || shown.type !== 'numeric') return;
    const parsed = parseQuantity(reply, shown.unit!);
    if (!parsed.ok) {
      setReplyError(parsed.message);
      inputRef.current?.focus();
      return;
    }
    setReplyError(null);
    const correct = withinTolerance(parsed.value, shown.answerValue!, shown.tolerance!);
    answerWith({ grade: gradeForResult(correct), correct, reply: formatQuantity(parsed.value, shown.unit!) });
  };
  const grade = (g: Grade) => {
    if (answer) return;
    answerWith({ grade: g, correct: null, reply: gradeNames[g] });
    onNext();
  };

  useShortcuts((key) => {
    const n = Number(key);
    if (shown.type === 'mcq' && !answer && Number.isInteger(n) && n >= 1 && n <= shown.choices!.length) {
      pick(n - 1);
      return true;
    }
    if (shown.type === 'flashcard' && !revealed && (key === ' ' || key === 'Enter')) {
      setRevealed(true);
      return true;
    }
    if (shown.type === 'flashcard' && revealed && !answer && n >= 1 && n <= 4) {
      grade(n as Grade);
      return true;
    }
    if (answer && (key === 'Enter' || key === 'n' || key === 'ArrowRight')) {
      onNext();
      return true;
    }
    return false;
  });

  const showFeedback = answer !== null && shown.type !== 'flashcard';
  return (
    <article className="panel" aria-labelledby={`${ids}-q`}>
      <p className="text-sm muted">
        {itemTypeNames[shown.item.type]}
        {source && (
          <>
            {' · '}
            {source.kind === 'design' ? 'Design' : 'Concept'}: {source.title}
          </>
        )}
      </p>
      <h2 id={`${ids}-q`} ref={headingRef} tabIndex={-1} className="mt-2 text-lg font-semibold leading-snug outline-none">
        {shown.prompt}
      </h2>

      {shown.type === 'mcq' && (
        <ol className="mt-4 space-y-2" aria-label="Choices">
          {shown.choices!.map((choice, i) => {
            const isAnswer = i === shown.answer;
            const tone = answer ? (isAnswer ? 'good' : i === picked ? 'bad' : '') : '';
            return (
              <li key={i}>
                <button
                  type="button"
                  className={cn('choice', tone)}
                  onClick={() => pick(i)}
                  disabled={answer !== null}
                  aria-keyshortcuts={String(i + 1)}
                >
                  <span className="kbd" aria-hidden>
                    {i + 1}
                  </span>
                  <span className="flex-1">
                    {choice}
                    {answer && isAnswer && <span className="tone block text-sm">Right answer</span>}
                    {answer && !isAnswer && i === picked && <span className="tone block text-sm">Your answer</span>}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}

      {shown.type === 'numeric' && (
        <form
          className="mt-4"
          onSubmit={(e) => {
            e.preventDefault();
            check();
          }}
        >
          <label htmlFor={`${ids}-reply`} className="block text-sm font-medium">
            Your estimate, in {shown.unit}
          </label>
          <div className="mt-1 flex flex-wrap gap-2">
            <input
              id={`${ids}-reply`}
              ref={inputRef}
              className="min-h-11 w-56 max-w-full rounded-md border border-[var(--border)] bg-[var(--bg)] px-3"
              value={reply}
              onChange={(e) => setReply(e.target.value)}
              readOnly={answer !== null}
              autoComplete="off"
              spellCheck={false}
              aria-describedby={`${ids}-hint${replyError ? ` ${ids}-error` : ''}`}
              aria-invalid={replyError ? true : undefined}
            />
            {!answer && (
              <button type="submit" className="btn btn-primary">
                Check
              </button>
            )}
          </div>
          <p id={`${ids}-hint`} className="mt-1 text-sm muted">
            Write {unitHint(shown.unit!)}. Answers within {Math.round(shown.tolerance! * 100)}% count.
          </p>
          {replyError && (
            <p id={`${ids}-error`} role="alert" className="bad tone mt-1 text-sm">
              {replyError}
            </p>
          )}
        </form>
      )}

      {shown.type === 'flashcard' && !revealed && (
        <div className="mt-4">
          <p className="text-sm muted">Answer in your head (or out loud), then reveal.</p>
          <button type="button" className="btn btn-primary mt-2" onClick={() => setRevealed(true)} aria-keyshortcuts="Space">
            Show answer <span className="kbd" aria-hidden>Space</span>
          </button>
        </div>
      )}

      <div aria-live="polite">
        {shown.type === 'flashcard' && revealed && (
          <div className="mt-4">
            <p className="font-semibold">Answer</p>
            <p className="mt-1">{String(shown.answer)}</p>
            {shown.explanation && <p className="mt-2">{shown.explanation}</p>}
            <SectionLink shown={shown} source={source} />
            <fieldset className="mt-4">
              <legend className="text-sm font-medium">How well did you recall it?</legend>
              <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
                {GRADES.map((g) => (
                  <button
                    key={g}
                    type="button"
                    ref={g === 3 ? goodRef : undefined}
                    className="btn flex-col gap-0"
                    onClick={() => grade(g)}
                    aria-keyshortcuts={String(g)}
                  >
                    <span>
                      <span className="kbd mr-1" aria-hidden>
                        {g}
                      </span>
                      {gradeNames[g]}
                    </span>
                    {intervals && <span className="text-xs font-normal muted">again in {formatInterval(intervals[g])}</span>}
                  </button>
                ))}
              </div>
            </fieldset>
          </div>
        )}

        {showFeedback && (
          <div className="mt-4">
            <p className={cn('tone text-lg', answer.correct ? 'good' : 'bad')}>{answer.correct ? 'Right.' : 'Not quite.'}</p>
            {shown.type === 'numeric' && (
              <p className="mt-1">
                You wrote {answer.reply}; the answer is {describeNumericAnswer(shown.answerValue!, shown.unit!, shown.tolerance!)}.
              </p>
            )}
            {shown.explanation && <p className="mt-2">{shown.explanation}</p>}
            {shown.outcome && (
              <div className="mt-3 rounded-md bg-[var(--surface)] p-3">
                <p className="font-semibold">The simulator ran with these numbers:</p>
                <ul className="mt-1 list-disc pl-5">
                  {shown.outcome.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
                {shown.rerun && (
                  <p className="mt-2 text-sm">
                    <Link href={shown.rerun.href} prefetch={false}>
                      Open this run in the simulator
                    </Link>
                    : {shown.rerun.hint}
                  </p>
                )}
              </div>
            )}
            <SectionLink shown={shown} source={source} />
          </div>
        )}
      </div>

      {showFeedback && (
        <button ref={nextRef} type="button" className="btn btn-primary mt-4" onClick={onNext} aria-keyshortcuts="Enter">
          {nextLabel} <span className="kbd" aria-hidden>Enter</span>
        </button>
      )}
    </article>
  );
}

function SectionLink({ shown, source }: { shown: ShownItem; source: BankSource | undefined }) {
  return (
    <p className="mt-2 text-sm">
      Read the section it tests:{' '}
      <Link href={shown.item.section.href} prefetch={false}>
        {shown.item.section.title}
        {source && ` (${source.title})`}
      </Link>
    </p>
  );
}
