'use client';
import { useEffect, useState, type ComponentType } from 'react';
import { opensSearch } from '@/lib/search/shortcut';
import type { SearchPaletteProps } from './search-palette';

/**
 * The header's search button and keyboard shortcut ("/", Ctrl+K, Cmd+K). The palette's code and
 * the search index load only when search is first opened.
 */
export function SearchButton() {
  const [Palette, setPalette] = useState<ComponentType<SearchPaletteProps> | null>(null);
  const [open, setOpen] = useState(false);

  const show = () => {
    setOpen(true);
    if (!Palette) void import('./search-palette').then((m) => setPalette(() => m.SearchPalette));
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.defaultPrevented || !opensSearch({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, target })) return;
      e.preventDefault();
      show();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  return (
    <>
      <button
        type="button"
        onClick={show}
        aria-keyshortcuts="/ Control+K Meta+K"
        className="flex items-center gap-2 rounded border border-[var(--border)] px-2 py-1 text-sm"
      >
        <svg aria-hidden viewBox="0 0 20 20" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2" className="my-1 sm:hidden">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="m13 13 4.5 4.5" strokeLinecap="round" />
        </svg>
        <span className="sr-only sm:not-sr-only">Search</span>
        <kbd className="hidden rounded border border-[var(--border)] px-1 font-sans text-xs muted sm:inline">/</kbd>
      </button>
      {Palette && <Palette open={open} onClose={() => setOpen(false)} />}
    </>
  );
}
