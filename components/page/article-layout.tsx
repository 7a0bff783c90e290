import type { ReactNode } from 'react';
import type { Heading } from '@/lib/content/markdown';
import { TableOfContents } from './table-of-contents';
import { PrevNext } from './prev-next';

type Target = { href: string; title: string } | undefined;
type TocEntry = Pick<Heading, 'id' | 'text' | 'depth'>;

/** The frame of a design or concept page: header, body, a table of contents (aside on wide
 * screens, a disclosure on narrow ones) and previous/next links. */
export function ArticleLayout({
  breadcrumb,
  header,
  headings,
  extraToc,
  prev,
  next,
  children,
}: {
  breadcrumb: ReactNode;
  header: ReactNode;
  headings: TocEntry[];
  extraToc: TocEntry[];
  prev: Target;
  next: Target;
  children: ReactNode;
}) {
  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-10">
      <article>
        <nav aria-label="Breadcrumb" className="text-sm muted no-print">
          {breadcrumb}
        </nav>
        <header className="mt-2 mb-6">{header}</header>
        <div className="lg:hidden mb-6">
          <TableOfContents headings={headings} extra={extraToc} collapsible />
        </div>
        <div className="prose">{children}</div>
        <PrevNext prev={prev} next={next} />
      </article>
      <aside className="hidden lg:block no-print">
        <div className="sticky top-16 max-h-[calc(100vh-5rem)] overflow-y-auto">
          <TableOfContents headings={headings} extra={extraToc} />
        </div>
      </aside>
    </div>
  );
}
