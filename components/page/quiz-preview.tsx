import Link from 'next/link';
import type { Page } from '@/lib/content/load';
import { placeholderText, splitPlaceholders } from '@/lib/estimate/placeholders';
import { formatQuantity } from '@/lib/estimate/units';
import { LiveText, WhenNumbersChanged } from '@/components/estimates/live-text';

const tolerance = (t: number) => `within ${Math.round(t * 100)}%`;

/**
 * The page's quiz items as questions with answers behind a native disclosure (no JavaScript),
 * and links into the quiz. The links do not prefetch: the quiz's code stays off this page.
 * On a design page, numbers that come from the estimates (numeric answers, {id} in prompts)
 * follow the reader's numbers from the calculator; the server-rendered text is the design's.
 */
export function QuizPreview({ page, practiceHref, mockHref }: { page: Page; practiceHref: string; mockHref?: string }) {
  const items = page.quiz;
  if (!items.length) return null;
  const live = page.kind === 'design';
  const estimates = new Map(page.estimates.map((e) => [e.id, e]));
  const prompt = (text: string) =>
    splitPlaceholders(text).map((part, i) => {
      if (typeof part === 'string') return part;
      const e = estimates.get(part.id)!;
      const fallback = placeholderText(e.result, e.unit);
      return live ? <LiveText key={i} page={page.slug} id={e.id} inline fallback={fallback} /> : fallback;
    });
  return (
    <section aria-labelledby="check-yourself" className="no-print">
      <h2 id="check-yourself">Check yourself</h2>
      <p className="no-print">
        <Link href={practiceHref} prefetch={false}>
          Practise these questions in the quiz
        </Link>
        , with feedback and spaced repetition
        {mockHref && (
          <>
            , or{' '}
            <Link href={mockHref} prefetch={false}>
              rehearse this design as a timed mock interview
            </Link>
          </>
        )}
        .
      </p>
      <ol>
        {items.map((item) => (
          <li key={item.id} id={`quiz-${item.id}`} className="mb-4">
            <p>{prompt(item.prompt)}</p>
            {item.type === 'mcq' && (
              <ol className="list-[upper-alpha]!">
                {item.choices.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ol>
            )}
            {/* Answers stay out of the search index, so a search never gives them away. */}
            <details data-pagefind-ignore="all">
              <summary className="cursor-pointer">Answer</summary>
              <p>
                <strong data-answer={item.id}>
                  {item.type === 'mcq' && `${String.fromCharCode(65 + item.answer)}. ${item.choices[item.answer]}`}
                  {item.type === 'flashcard' && item.answer}
                  {item.type === 'numeric' && item.answerValue !== undefined && (
                    <>
                      {item.estimate && live ? (
                        <LiveText page={page.slug} id={item.estimate} fallback={formatQuantity(item.answerValue, item.unit)} />
                      ) : (
                        formatQuantity(item.answerValue, item.unit)
                      )}{' '}
                      ({tolerance(item.tolerance)})
                    </>
                  )}
                </strong>
                {item.type === 'numeric' && item.estimate && live && (
                  <WhenNumbersChanged page={page.slug}>
                    <span className="muted"> with your numbers from the calculator; the explanation works the design&rsquo;s numbers.</span>
                  </WhenNumbersChanged>
                )}
              </p>
              {item.explanation && <p>{item.explanation}</p>}
              <p className="text-sm">
                <a href={`#${item.section}`}>Read the section this tests</a>
              </p>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
