import Link from 'next/link';
import { getLibrary } from '@/lib/content/load';
import { categories } from '@/lib/content/taxonomy';

export default function Home() {
  const lib = getLibrary();
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold sm:text-4xl">Prepare for system design interviews</h1>
      <p className="mt-4 text-lg">
        Every design question from five study sources, merged into one card each: requirements, capacity estimates
        worked through, API, data model, an architecture diagram, deep dives, trade-offs and the follow-up questions
        interviewers ask. Errors in the sources are corrected and marked.
      </p>
      <div className="mt-8 grid gap-4 sm:grid-cols-2">
        <Link href="/designs/" className="rounded-lg border border-[var(--border)] p-5 no-underline">
          <span className="block text-xl font-semibold">Designs</span>
          <span className="mt-1 block text-[var(--fg)]">{lib.designs.length} design cards, filterable by category, tag and difficulty.</span>
        </Link>
        <Link href="/concepts/" className="rounded-lg border border-[var(--border)] p-5 no-underline">
          <span className="block text-xl font-semibold">Concepts</span>
          <span className="mt-1 block text-[var(--fg)]">
            {lib.concepts.length} concept pages as a learning path, from scaling and HTTP to consensus and CRDTs.
          </span>
        </Link>
        <Link href="/simulators/" className="rounded-lg border border-[var(--border)] p-5 no-underline">
          <span className="block text-xl font-semibold">Simulators</span>
          <span className="mt-1 block text-[var(--fg)]">
            Consistent hashing, token-bucket rate limiting and feed fan-out, run in your browser with each design&rsquo;s numbers.
          </span>
        </Link>
        <Link href="/quiz/" prefetch={false} className="rounded-lg border border-[var(--border)] p-5 no-underline">
          <span className="block text-xl font-semibold">Quiz</span>
          <span className="mt-1 block text-[var(--fg)]">
            Practice sets, spaced-repetition review of what you forget, and timed mock interviews.
          </span>
        </Link>
      </div>
      <h2 className="mt-10 text-xl font-semibold">Browse by category</h2>
      <ul className="mt-3 space-y-2">
        {categories.map((c) => (
          <li key={c}>
            <Link href={`/designs/?category=${encodeURIComponent(c)}`}>{c}</Link>{' '}
            <span className="muted">({lib.designs.filter((d) => d.meta.category === c).length})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
