import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

const labels = { correction: 'Correction to the sources', note: 'Note', tip: 'Interview tip' } as const;

export function Callout({ kind = 'note', children }: { kind?: keyof typeof labels; children: ReactNode }) {
  return (
    <aside className={cn('callout', `callout-${kind}`)} aria-label={labels[kind]}>
      <p className="callout-label">{labels[kind]}</p>
      {children}
    </aside>
  );
}
