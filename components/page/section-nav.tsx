import Link from 'next/link';

export type SectionNavItem = { href: string; title: string; current: boolean };

/** The other pages of the reader's category or module, with the current one marked (static: no JS). */
export function SectionNav({ label, items, compact = false }: { label: string; items: SectionNavItem[]; compact?: boolean }) {
  const list = (
    <ol className="space-y-1 text-sm">
      {items.map((item) => (
        <li key={item.href}>
          {item.current ? (
            <span aria-current="page" className="-ml-2 block border-l-2 border-[var(--link)] pl-1.5 font-semibold">
              {item.title}
            </span>
          ) : (
            <Link href={item.href} className="no-underline hover:underline">
              {item.title}
            </Link>
          )}
        </li>
      ))}
    </ol>
  );
  if (compact) {
    return (
      <details className="mt-8 rounded border border-[var(--border)] p-3 no-print" data-pagefind-ignore="all">
        <summary className="cursor-pointer font-semibold">{label}</summary>
        <nav aria-label={`${label} (compact)`} className="mt-2 pl-2">
          {list}
        </nav>
      </details>
    );
  }
  return (
    <nav aria-label={label} className="mt-8 pl-2">
      <p className="mb-2 -ml-2 font-semibold">{label}</p>
      {list}
    </nav>
  );
}
