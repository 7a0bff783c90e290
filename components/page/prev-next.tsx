import Link from 'next/link';

type Target = { href: string; title: string } | undefined;

export function PrevNext({ prev, next }: { prev: Target; next: Target }) {
  return (
    <nav aria-label="Previous and next" className="no-print mt-12 grid gap-3 border-t border-[var(--border)] pt-6 sm:grid-cols-2">
      {prev ? (
        <Link href={prev.href} className="rounded border border-[var(--border)] p-3 no-underline" rel="prev">
          <span className="block text-sm muted">Previous</span>
          {prev.title}
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={next.href} className="rounded border border-[var(--border)] p-3 text-right no-underline" rel="next">
          <span className="block text-sm muted">Next</span>
          {next.title}
        </Link>
      )}
    </nav>
  );
}
