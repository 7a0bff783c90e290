import type { Heading } from '@/lib/content/markdown';

type Entry = Pick<Heading, 'id' | 'text' | 'depth'>;

/** The page's ## and ### headings; collapsible (a native <details>) on narrow screens. */
export function TableOfContents({ headings, extra = [], collapsible = false }: { headings: Entry[]; extra?: Entry[]; collapsible?: boolean }) {
  const entries = [...headings.filter((h) => h.depth === 2 || h.depth === 3), ...extra];
  const list = (
    <ol className="space-y-1 text-sm">
      {entries.map((h) => (
        <li key={h.id} className={h.depth === 3 ? 'pl-4' : ''}>
          <a href={`#${h.id}`} className="no-underline hover:underline">
            {h.text}
          </a>
        </li>
      ))}
    </ol>
  );
  if (collapsible) {
    return (
      <details className="rounded border border-[var(--border)] p-3">
        <summary className="cursor-pointer font-semibold">On this page</summary>
        <nav aria-label="On this page (compact)" className="mt-2">
          {list}
        </nav>
      </details>
    );
  }
  return (
    <nav aria-label="On this page">
      <p className="mb-2 font-semibold">On this page</p>
      {list}
    </nav>
  );
}
