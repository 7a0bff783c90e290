import type { Metadata } from 'next';
import { Suspense } from 'react';
import { getLibrary } from '@/lib/content/load';
import { DesignIndex, type DesignCard } from '@/components/designs/design-index';

export const metadata: Metadata = { title: 'Designs', description: 'Every system design question, as a card.' };

export default function DesignsPage() {
  const lib = getLibrary();
  const cards: DesignCard[] = lib.designs.map((d) => ({
    slug: d.slug,
    title: d.meta.title,
    summary: d.meta.summary,
    category: d.meta.category,
    difficulty: d.meta.difficulty,
    tags: d.meta.tags,
    quizIds: d.quiz.map((q) => q.id),
  }));
  return (
    <div>
      <h1 className="text-3xl font-bold">Designs</h1>
      <p className="mt-2 muted">
        {cards.length} of the {lib.seedmap.designs.length} distinct design questions in the sources are written up so far.
      </p>
      {/* The filters read the URL query; without JavaScript every card is shown. */}
      <Suspense fallback={<DesignIndex cards={cards} static />}>
        <DesignIndex cards={cards} />
      </Suspense>
    </div>
  );
}
