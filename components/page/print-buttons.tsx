'use client';

import { useHydrated } from '@/components/ui/use-hydrated';

/**
 * Two ways to print a design page. The page's default print (Ctrl+P, or without JavaScript) is
 * the one-page cheat sheet; "Print full page" marks <html> with data-print="full" for the
 * print's duration, which the print CSS turns into the whole article in two columns.
 */
function printAs(mode: 'sheet' | 'full') {
  const root = document.documentElement;
  const reset = () => {
    delete root.dataset.print;
    removeEventListener('afterprint', reset);
  };
  reset();
  if (mode === 'full') {
    root.dataset.print = 'full';
    addEventListener('afterprint', reset);
  }
  window.print();
}

export function PrintButtons() {
  const hydrated = useHydrated();
  // The row is in the static HTML at the buttons' height, so their arrival moves nothing below.
  // Without JavaScript the buttons could do nothing; the browser's own print gives the sheet.
  return (
    <div className="no-print mt-3 min-h-8">
      {hydrated && (
        <div role="group" aria-label="Print" className="flex flex-wrap gap-2">
          <button type="button" className="btn btn-small" onClick={() => printAs('sheet')}>
            Print cheat sheet
          </button>
          <button type="button" className="btn btn-small" onClick={() => printAs('full')}>
            Print full page
          </button>
        </div>
      )}
    </div>
  );
}
