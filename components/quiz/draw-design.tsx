'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

/** Draws a design at random, from all or from one category, and opens its mock interview. */
export function DrawDesign({ designs, categories }: { designs: { slug: string; category: string }[]; categories: readonly string[] }) {
  const router = useRouter();
  const [category, setCategory] = useState('');
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        const pool = designs.filter((d) => !category || d.category === category);
        const pick = pool[Math.floor(Math.random() * pool.length)];
        if (pick) router.push(`/quiz/mock/${pick.slug}/`);
      }}
    >
      <label className="flex flex-col text-sm font-medium">
        From
        <select
          className="mt-1 min-h-11 rounded-md border border-[var(--border)] bg-[var(--bg)] px-2 font-normal"
          value={category}
          onChange={(e) => setCategory(e.target.value)}
        >
          <option value="">Any category</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="btn btn-primary">
        Draw a design at random
      </button>
    </form>
  );
}
