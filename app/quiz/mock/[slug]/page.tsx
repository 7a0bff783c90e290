import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLibrary } from '@/lib/content/load';
import { mockPhases, phaseHints } from '@/lib/quiz/mock';
import { MdxBody } from '@/components/mdx/render-mdx';
import { MockLoader } from '@/components/quiz/mock-loader';

export const dynamicParams = false;

export function generateStaticParams() {
  return getLibrary().designs.map((d) => ({ slug: d.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const page = getLibrary().designs.find((d) => d.slug === slug);
  return page ? { title: `Mock interview: ${page.meta.title}`, description: `A timed mock interview: ${page.meta.summary}` } : {};
}

/** One design as a mock interview: the static prompts, hints and model answer, with a small
 * client island for the clock, the notes and the self-assessment. */
export default async function MockInterview({ params }: Props) {
  const { slug } = await params;
  const page = getLibrary().designs.find((d) => d.slug === slug);
  if (!page) notFound();
  const hints = phaseHints(page);
  return (
    <div className="max-w-4xl">
      <nav aria-label="Breadcrumb" className="text-sm muted">
        <Link href="/quiz/">Quiz</Link> <span aria-hidden>/</span> <Link href="/quiz/mock/">Mock interview</Link>
      </nav>
      <h1 className="mt-2 text-3xl font-bold">Mock interview: {page.meta.title}</h1>
      <p className="mt-2 text-lg">
        Your interviewer asks you to design this system: <strong>{page.meta.title}</strong>. You have 45 minutes. Talk it through out loud or
        write in the notes, and start the clock when you begin.
      </p>

      <div className="mt-4">
        <MockLoader slug={slug} />
      </div>

      <section aria-labelledby="phases" className="mt-8">
        <h2 id="phases" className="text-2xl font-bold">
          Phases
        </h2>
        {mockPhases.map((p, i) => (
          <section key={p.id} aria-labelledby={`phase-${p.id}`} className="panel mt-3">
            <h3 id={`phase-${p.id}`} className="text-lg font-semibold">
              {i + 1}. {p.title} <span className="text-sm font-normal muted">({p.minutes} min)</span>
            </h3>
            <ul className="mt-1 list-disc pl-5">
              {p.prompts.map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
            {hints[p.id].length > 0 && (
              <details className="mt-2">
                <summary className="cursor-pointer text-sm font-medium">Hints from the model answer</summary>
                <ul className="mt-1 list-disc pl-5 text-sm">
                  {hints[p.id].map((h) => (
                    <li key={h}>{h}</li>
                  ))}
                </ul>
              </details>
            )}
          </section>
        ))}
      </section>

      <section aria-labelledby="model-answer" className="mt-8">
        <h2 id="model-answer" className="text-2xl font-bold">
          Model answer
        </h2>
        <p className="mt-1">
          Open it one section at a time once you have finished, and compare it with your notes. It is the{' '}
          <Link href={`/designs/${slug}/`} prefetch={false}>
            design page
          </Link>
          , section by section.
        </p>
        <div className="prose mt-3">
          <MdxBody page={page} sectioned />
        </div>
      </section>
    </div>
  );
}
