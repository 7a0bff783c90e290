import Link from 'next/link';
import type { ResolvedQuizItem } from '@/lib/content/load';
import { formatQuantity } from '@/lib/estimate/units';

const tolerance = (t: number) => `within ${Math.round(t * 100)}%`;

/**
 * The page's quiz items as questions with answers behind a native disclosure (no JavaScript),
 * and links into the quiz. The links do not prefetch: the quiz's code stays off this page.
 */
export function QuizPreview({ items, practiceHref, mockHref }: { items: ResolvedQuizItem[]; practiceHref: string; mockHref?: string }) {
  if (!items.length) return null;
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
            <p>{item.prompt}</p>
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
                <strong>
                  {item.type === 'mcq' && `${String.fromCharCode(65 + item.answer)}. ${item.choices[item.answer]}`}
                  {item.type === 'flashcard' && item.answer}
                  {item.type === 'numeric' &&
                    item.answerValue !== undefined &&
                    `${formatQuantity(item.answerValue, item.unit)} (${tolerance(item.tolerance)})`}
                </strong>
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
