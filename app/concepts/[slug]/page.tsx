import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLibrary } from '@/lib/content/load';
import { designsUsing, neighbours, relatedConcepts, siblings } from '@/lib/content/queries';
import { moduleAnchor } from '@/lib/content/taxonomy';
import { MdxBody } from '@/components/mdx/render-mdx';
import { ArticleLayout } from '@/components/page/article-layout';
import { RefList } from '@/components/page/ref-list';
import { QuizPreview } from '@/components/page/quiz-preview';
import { SimulateSection } from '@/components/sim/simulate-section';
import { Badge } from '@/components/ui/badge';
import { TagLink } from '@/components/ui/tag-link';

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
    ...(page.presets.length ? [{ id: 'simulate', text: 'Simulate', depth: 2 }] : []),
    { id: 'where-it-appears', text: 'Where it appears', depth: 2 },
    { id: 'check-yourself', text: 'Check yourself', depth: 2 },
  ];

  return (
    <ArticleLayout
      breadcrumb={[
        { label: 'Home', href: '/' },
        { label: 'Concepts', href: '/concepts/' },
        { label: page.canonical.module, href: `/concepts/#${moduleAnchor(page.canonical.module)}` },
        { label: meta.title },
      ]}
      section={{ label: `More in ${page.canonical.module}`, items: siblings(lib, page) }}
      searchFilters={{ kind: 'Concept', module: page.canonical.module }}
      header={
        <>
          <h1 className="text-3xl font-bold leading-tight">{meta.title}</h1>
          <p className="mt-2 text-lg muted">{meta.summary}</p>
          <div className="mt-3 flex flex-wrap gap-2 text-sm">
            <Badge>{page.canonical.module}</Badge>
            <Badge>{page.readingMinutes} min read</Badge>
            {usedBy.length === 0 && <Badge>Fundamental</Badge>}
            {meta.tags.map((t) => (
              <TagLink key={t} tag={t} />
            ))}
          </div>
        </>
      }
      headings={page.headings}
      extraToc={extraToc}
      prev={prev && { href: `/concepts/${prev.slug}/`, title: prev.meta.title }}
      next={next && { href: `/concepts/${next.slug}/`, title: next.meta.title }}
    >
      <MdxBody page={page} />
      <SimulateSection page={page} />
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
      <QuizPreview page={page} practiceHref={`/quiz/practice/?concept=${slug}`} />
    </ArticleLayout>
  );
}
