import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLibrary } from '@/lib/content/load';
import { tagIndex } from '@/lib/content/queries';
import { Breadcrumbs } from '@/components/page/breadcrumbs';

export const dynamicParams = false;

export function generateStaticParams() {
  return tagIndex(getLibrary()).map((t) => ({ tag: t.tag }));
}

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag } = await params;
  return { title: `#${tag}`, description: `Designs and concepts tagged ${tag}.` };
}

export default async function TagPage({ params }: Props) {
  const { tag } = await params;
  const entry = tagIndex(getLibrary()).find((t) => t.tag === tag);
  if (!entry) notFound();
  const lists = [
    { title: 'Designs', pages: entry.designs.map((d) => ({ href: `/designs/${d.slug}/`, title: d.meta.title, summary: d.meta.summary })) },
    { title: 'Concepts', pages: entry.concepts.map((c) => ({ href: `/concepts/${c.slug}/`, title: c.meta.title, summary: c.meta.summary })) },
  ];
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: 'Tags', href: '/tags/' }, { label: `#${tag}` }]} />
      <h1 className="mt-2 text-3xl font-bold">#{tag}</h1>
      <p className="mt-2 muted">
        {entry.designs.length} design{entry.designs.length === 1 ? '' : 's'} and {entry.concepts.length} concept
        {entry.concepts.length === 1 ? '' : 's'} carry this tag.
      </p>
      {lists.map(
        (list) =>
          list.pages.length > 0 && (
            <section key={list.title} className="mt-8">
              <h2 className="text-xl font-semibold">{list.title}</h2>
              <ul className="mt-3 space-y-3">
                {list.pages.map((p) => (
                  <li key={p.href}>
                    <Link href={p.href} className="font-medium">
                      {p.title}
                    </Link>
                    <p className="text-sm muted">{p.summary}</p>
                  </li>
                ))}
              </ul>
            </section>
          ),
      )}
    </div>
  );
}
