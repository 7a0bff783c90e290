import type { ReactNode } from 'react';

export function Badge({ children }: { children: ReactNode }) {
  return (
    <span className="inline-block rounded-full border border-[var(--border)] bg-[var(--surface)] px-2.5 py-0.5 text-[var(--fg)]">
      {children}
    </span>
  );
}
