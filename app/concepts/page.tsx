import type { Metadata } from 'next';
import Link from 'next/link';
import { getLibrary } from '@/lib/content/load';
import { designsUsing } from '@/lib/content/queries';
import { moduleAnchor } from '@/lib/content/taxonomy';

export const metadata: Metadata = { title: 'Concepts', description: 'The building blocks of system design, in learning order.' };

/** The seedmap's module for concepts outside seed 002's course, shown under a plainer name. */
const moduleTitle = (module: string) => (module.startsWith('Extra') ? 'Beyond the course: more concepts the designs use' : module);

/**
 * Concepts in the order of seed 002's course modules, numbered as one learning path; each page's
 * previous/next links walk the same path.
 */
export default function ConceptsIndex() {
  const lib = getLibrary();
  const modules = [...new Set(lib.concepts.map((c) => c.canonical.module))];
  let step = 0;
  const first = lib.concepts[0];
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">Concepts</h1>
      <p className="mt-2 text-lg muted">
        {lib.concepts.length} building blocks of system design as a learning path: {modules.length - 1} modules of fundamentals in
        course order, then the further concepts that the designs rely on. Each page ends with a link to the next one.
      </p>
      {first && (
        <p className="mt-3">
          <Link href={`/concepts/${first.slug}/`} className="font-semibold">
            Start the path: {first.meta.title}
          </Link>
        </p>
      )}
      {modules.map((module) => {
        const pages = lib.concepts.filter((c) => c.canonical.module === module);
        const start = step + 1;
        step += pages.length;
        return (
          <section key={module} id={moduleAnchor(module)} className="mt-8 scroll-mt-16" aria-labelledby={`${moduleAnchor(module)}-title`}>
            <h2 id={`${moduleAnchor(module)}-title`} className="text-xl font-semibold">
              {moduleTitle(module)} <span className="text-sm font-normal muted">({pages.length})</span>
            </h2>
            <ol start={start} className="mt-3 list-decimal space-y-3 pl-8">
              {pages.map((c) => {
                const used = designsUsing(lib, c.slug).length;
                return (
                  <li key={c.slug}>
                    <Link href={`/concepts/${c.slug}/`} className="font-medium">
                      {c.meta.title}
                    </Link>
                    <span className="ml-2 text-xs muted">{used ? `used by ${used} design${used === 1 ? '' : 's'}` : 'fundamental'}</span>
                    <p className="text-sm muted">{c.meta.summary}</p>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
