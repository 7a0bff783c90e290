import Link from 'next/link';

export type Crumb = { label: string; href?: string };

/** Where the page sits: Home / section / group / this page (the last, unlinked, is the current page). */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm muted no-print" data-pagefind-ignore="all">
      <ol className="flex flex-wrap gap-x-1.5">
        {items.map((c, i) => {
          const last = i === items.length - 1;
          return (
            <li key={`${c.label}-${i}`} className="flex gap-x-1.5">
              {c.href && !last ? <Link href={c.href}>{c.label}</Link> : <span aria-current={last ? 'page' : undefined}>{c.label}</span>}
              {!last && <span aria-hidden>/</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
