import type { Metadata } from 'next';
import Link from 'next/link';
import { getLibrary } from '@/lib/content/load';
import { moduleAnchor } from '@/lib/content/taxonomy';

export const metadata: Metadata = { title: 'Concepts', description: 'The building blocks of system design, in learning order.' };

/** Concepts in the order of the course's modules: a learning path through the fundamentals. */
export default function ConceptsIndex() {
  const lib = getLibrary();
  const modules = [...new Set(lib.seedmap.concepts.map((c) => c.module))];
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">Concepts</h1>
      <p className="mt-2 muted">
        {lib.concepts.length} of {lib.seedmap.concepts.length} concept pages written, in learning order: read the modules
        top to bottom.
      </p>
      {modules.map((module) => {
        const pages = lib.concepts.filter((c) => c.canonical.module === module);
        if (!pages.length) return null;
        return (
          <section key={module} id={moduleAnchor(module)} className="mt-8 scroll-mt-16">
            <h2 className="text-xl font-semibold">{module}</h2>
            <ol className="mt-3 space-y-3">
              {pages.map((c) => (
                <li key={c.slug}>
                  <Link href={`/concepts/${c.slug}/`} className="font-medium">
                    {c.meta.title}
                  </Link>
                  <p className="text-sm muted">{c.meta.summary}</p>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
