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
        Search
        <kbd className="hidden rounded border border-[var(--border)] px-1 font-sans text-xs muted sm:inline">/</kbd>
      </button>
      {Palette && <Palette open={open} onClose={() => setOpen(false)} />}
    </>
  );
}
