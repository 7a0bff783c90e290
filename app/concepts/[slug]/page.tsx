import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLibrary } from '@/lib/content/load';
import { designsUsing, neighbours, relatedConcepts } from '@/lib/content/queries';
import { MdxBody } from '@/components/mdx/render-mdx';
import { TableOfContents } from '@/components/page/table-of-contents';
import { RefList } from '@/components/page/ref-list';
import { PrevNext } from '@/components/page/prev-next';
import { QuizPreview } from '@/components/page/quiz-preview';
import { Badge } from '@/components/ui/badge';

export const dynamicParams = false;

export function generateStaticParams() {
  return getLibrary().concepts.map((c) => ({ slug: c.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const page = getLibrary().concepts.find((c) => c.slug === slug);
  return page ? { title: page.meta.title, description: page.meta.summary } : {};
}

export default async function ConceptPage({ params }: Props) {
  const { slug } = await params;
  const lib = getLibrary();
  const page = lib.concepts.find((c) => c.slug === slug);
  if (!page) notFound();
  const { meta } = page;
  const usedBy = designsUsing(lib, slug);
  const { prev, next } = neighbours(lib.concepts, slug);
  const extraToc = [
    { id: 'where-it-appears', text: 'Where it appears', depth: 2 },
    { id: 'check-yourself', text: 'Check yourself', depth: 2 },
  ];

  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-10">
      <article>
        <nav aria-label="Breadcrumb" className="text-sm muted no-print">
          <Link href="/concepts/">Concepts</Link> <span aria-hidden>/</span> {page.canonical.module}
        </nav>
        <header className="mt-2 mb-6">
          <h1 className="text-3xl font-bold leading-tight">{meta.title}</h1>
          <p className="mt-2 text-lg muted">{meta.summary}</p>
          <div className="mt-3 flex flex-wrap gap-2 text-sm">
            <Badge>{page.canonical.module}</Badge>
            <Badge>{page.readingMinutes} min read</Badge>
            {usedBy.length === 0 && <Badge>Fundamental</Badge>}
          </div>
        </header>
        <div className="lg:hidden mb-6">
          <TableOfContents headings={page.headings} extra={extraToc} collapsible />
        </div>
        <div className="prose">
          <MdxBody page={page} />
          <section aria-labelledby="where-it-appears">
            <h2 id="where-it-appears">Where it appears</h2>
            {usedBy.length ? (
              <ul>
                {usedBy.map((d) => (
                  <li key={d.slug}>
                    <Link href={`/designs/${d.slug}/`}>{d.meta.title}</Link>: {d.meta.summary}
                  </li>
                ))}
              </ul>
            ) : (
              <p>A fundamental: no design page lists it yet, but most designs rest on it.</p>
            )}
            <RefList title="Related concepts" refs={relatedConcepts(lib, page)} />
          </section>
          <QuizPreview items={page.quiz} />
        </div>
        <PrevNext
          prev={prev && { href: `/concepts/${prev.slug}/`, title: prev.meta.title }}
          next={next && { href: `/concepts/${next.slug}/`, title: next.meta.title }}
        />
      </article>
      <aside className="hidden lg:block no-print">
        <div className="sticky top-16 max-h-[calc(100vh-5rem)] overflow-y-auto">
          <TableOfContents headings={page.headings} extra={extraToc} />
        </div>
      </aside>
    </div>
  );
}
