import Link from 'next/link';
import type { Ref } from '@/lib/content/queries';

/** Links to other pages; pages not yet written are named without a link. */
export function RefList({ title, refs }: { title: string; refs: Ref[] }) {
  if (!refs.length) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {refs.map((r) => (
          <li key={r.slug}>
            {r.href ? <Link href={r.href}>{r.title}</Link> : <span>{r.title} <span className="muted">(page not written yet)</span></span>}
          </li>
        ))}
      </ul>
    </>
  );
}
