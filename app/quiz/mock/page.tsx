import type { Metadata } from 'next';
import Link from 'next/link';
import { getLibrary } from '@/lib/content/load';
import { categories } from '@/lib/content/taxonomy';
import { MOCK_MINUTES, mockPhases } from '@/lib/quiz/mock';
import { DrawDesign } from '@/components/quiz/draw-design';

export const metadata: Metadata = { title: 'Mock interview', description: 'A timed 45-minute mock interview on one design, with the model answer.' };

export default function MockIndex() {
  const lib = getLibrary();
  return (
    <div className="max-w-4xl">
      <nav aria-label="Breadcrumb" className="text-sm muted">
        <Link href="/quiz/">Quiz</Link> <span aria-hidden>/</span> Mock interview
      </nav>
      <h1 className="mt-2 text-3xl font-bold">Mock interview</h1>
      <p className="mt-2">
        {MOCK_MINUTES} minutes on one design: {mockPhases.map((p) => `${p.title.toLowerCase()} (${p.minutes} min)`).join(', ')}. Each phase has
        prompts and hints from the design&apos;s page; at the end you assess yourself and reveal the model answer section by section.
      </p>
      <div className="panel mt-4">
        <DrawDesign designs={lib.designs.map((d) => ({ slug: d.slug, category: d.meta.category }))} categories={categories} />
      </div>
      {categories.map((c) => (
        <section key={c} aria-labelledby={`cat-${c}`} className="mt-6">
          <h2 id={`cat-${c}`} className="text-xl font-semibold">
            {c}
          </h2>
          <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
            {lib.designs
              .filter((d) => d.meta.category === c)
              .map((d) => (
                <li key={d.slug}>
                  <Link href={`/quiz/mock/${d.slug}/`} prefetch={false}>
                    {d.meta.title}
                  </Link>{' '}
                  <span className="text-sm muted">({d.meta.difficulty})</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
