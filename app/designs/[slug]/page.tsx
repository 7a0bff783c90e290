import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLibrary } from '@/lib/content/load';
import { conceptRef, coverage, designRef, neighbours, siblings } from '@/lib/content/queries';
import { MdxBody } from '@/components/mdx/render-mdx';
import { ArticleLayout } from '@/components/page/article-layout';
import { RefList } from '@/components/page/ref-list';
import { QuizPreview } from '@/components/page/quiz-preview';
import { SimulateSection } from '@/components/sim/simulate-section';
import { CheatSheet } from '@/components/page/cheat-sheet';
import { PrintButtons } from '@/components/page/print-buttons';
import { Badge } from '@/components/ui/badge';
import { designSheet } from '@/lib/cheat-sheet/design-sheet';
import { siteUrl } from '@/lib/site-url';
import { TagLink } from '@/components/ui/tag-link';

export const dynamicParams = false;

export function generateStaticParams() {
  return getLibrary().designs.map((d) => ({ slug: d.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const page = getLibrary().designs.find((d) => d.slug === slug);
  return page ? { title: page.meta.title, description: page.meta.summary } : {};
}

export default async function DesignPage({ params }: Props) {
  const { slug } = await params;
  const lib = getLibrary();
  const page = lib.designs.find((d) => d.slug === slug);
  if (!page) notFound();
  const { meta } = page;
  const { prev, next } = neighbours(lib.designs, slug);
  const extraToc = [
    ...(page.presets.length ? [{ id: 'simulate', text: 'Simulate', depth: 2 }] : []),
    { id: 'check-yourself', text: 'Check yourself', depth: 2 },
    { id: 'connections', text: 'Concepts and related designs', depth: 2 },
  ];
  const concepts = meta.concepts.map((c) => conceptRef(lib, c));
  const sheet = designSheet(page, concepts.map((c) => c.title));

  return (
    <ArticleLayout
      breadcrumb={[
        { label: 'Home', href: '/' },
        { label: 'Designs', href: '/designs/' },
        { label: meta.category, href: `/designs/?category=${encodeURIComponent(meta.category)}` },
        { label: meta.title },
      ]}
      section={{ label: `More in ${meta.category}`, items: siblings(lib, page) }}
      searchFilters={{ kind: 'Design', category: meta.category }}
      header={
        <>
          <h1 className="text-3xl font-bold leading-tight">{meta.title}</h1>
          <p className="mt-2 text-lg muted">{meta.summary}</p>
          <div className="mt-3 flex flex-wrap gap-2 text-sm">
            <Badge>{meta.category}</Badge>
            <Badge>Difficulty: {meta.difficulty}</Badge>
            <Badge>{page.readingMinutes} min read</Badge>
            {meta.tags.map((t) => (
              <TagLink key={t} tag={t} />
            ))}
          </div>
          <PrintButtons />
          <div className="mt-4 text-sm">
            <span className="font-semibold">Covers: </span>
            <ul className="inline">
              {coverage(lib, page).map((s, i) => (
                <li key={`${s.seed}#${s.number}`} className="inline">
                  {i > 0 && '; '}
                  {s.title} <span className="muted">(seed {s.seed} #{s.number})</span>
                </li>
              ))}
            </ul>
          </div>
        </>
      }
      headings={page.headings}
      extraToc={extraToc}
      prev={prev && { href: `/designs/${prev.slug}/`, title: prev.meta.title }}
      next={next && { href: `/designs/${next.slug}/`, title: next.meta.title }}
      printSheet={
        <CheatSheet
          title={meta.title}
          summary={meta.summary}
          facts={[meta.category, `difficulty: ${meta.difficulty}`]}
          url={siteUrl(`/designs/${slug}/`)}
          content={sheet.content}
        />
      }
    >
      <MdxBody page={page} sheetDiagram={sheet.diagramHash} />
      <SimulateSection page={page} />
      <QuizPreview page={page} practiceHref={`/quiz/practice/?design=${slug}`} mockHref={`/quiz/mock/${slug}/`} />
      <section aria-labelledby="connections" className="no-print">
        <h2 id="connections">Concepts and related designs</h2>
        <RefList title="Concepts this design uses" refs={concepts} />
        <RefList title="Related designs" refs={meta.related.map((r) => designRef(lib, r))} />
      </section>
    </ArticleLayout>
  );
}
