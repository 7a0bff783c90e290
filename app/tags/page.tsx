import type { Metadata } from 'next';
import Link from 'next/link';
import { getLibrary } from '@/lib/content/load';
import { tagIndex } from '@/lib/content/queries';

export const metadata: Metadata = { title: 'Tags', description: 'Every tag of the designs and concepts, with the pages that carry it.' };

export default function TagsPage() {
  const tags = tagIndex(getLibrary());
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">Tags</h1>
      <p className="mt-2 muted">{tags.length} tags across the designs and concepts. Each leads to the pages that carry it.</p>
      <ul className="mt-6 flex flex-wrap gap-2">
        {tags.map(({ tag, designs, concepts }) => (
          <li key={tag}>
            <Link href={`/tags/${tag}/`} className="inline-block rounded-full border border-[var(--border)] px-3 py-1 no-underline">
              #{tag} <span className="muted">({designs.length + concepts.length})</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
