import type { ReactNode } from 'react';
import type { Heading } from '@/lib/content/markdown';
import { Breadcrumbs, type Crumb } from './breadcrumbs';
import { TableOfContents } from './table-of-contents';
import { PrevNext } from './prev-next';
import { SectionNav, type SectionNavItem } from './section-nav';

type Target = { href: string; title: string } | undefined;
type TocEntry = Pick<Heading, 'id' | 'text' | 'depth'>;

/** The frame of a design or concept page: breadcrumbs, header, body, a table of contents and the
 * pages of the same category (aside on wide screens, disclosures on narrow ones) and
 * previous/next links. The article is what the search index reads (data-pagefind-body), with
 * the page's search filters (kind, category or module). A design passes its printed cheat sheet
 * (`printSheet`), which print shows instead of the article unless the full page is asked for. */
export function ArticleLayout({
  breadcrumb,
  header,
  headings,
  extraToc,
  section,
  searchFilters,
  prev,
  next,
  printSheet,
  children,
}: {
  breadcrumb: Crumb[];
  header: ReactNode;
  headings: TocEntry[];
  extraToc: TocEntry[];
  section: { label: string; items: SectionNavItem[] };
  searchFilters: Record<string, string>;
  prev: Target;
  next: Target;
  printSheet?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-10">
      <article data-pagefind-body data-print-sheet={printSheet ? '' : undefined}>
        {Object.entries(searchFilters).map(([name, value]) => (
          <span key={name} hidden data-pagefind-filter={`${name}:${value}`} />
        ))}
        <Breadcrumbs items={breadcrumb} />
        <header className="mt-2 mb-6">{header}</header>
        {printSheet}
        <div className="lg:hidden mb-6 no-print" data-pagefind-ignore="all">
          <TableOfContents headings={headings} extra={extraToc} collapsible />
        </div>
        <div className="prose">{children}</div>
        <div className="lg:hidden">
          <SectionNav label={section.label} items={section.items} compact />
        </div>
        <div data-pagefind-ignore="all">
          <PrevNext prev={prev} next={next} />
        </div>
      </article>
      <aside className="hidden lg:block no-print">
        <div className="sticky top-16 max-h-[calc(100vh-5rem)] overflow-y-auto pb-4">
          <TableOfContents headings={headings} extra={extraToc} />
          <SectionNav label={section.label} items={section.items} />
        </div>
      </aside>
    </div>
  );
}
