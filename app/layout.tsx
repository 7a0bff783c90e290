import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ThemeToggle } from '@/components/ui/theme-toggle';
import { SearchButton } from '@/components/search/search-button';
import { AppStatus } from '@/components/app/app-status';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'System Design Studio', template: '%s · System Design Studio' },
  description:
    'System design interview questions as cards with architecture diagrams, worked capacity estimates, simulators and quizzes.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0b1120' },
  ],
};

// Runs before first paint so a stored or system dark theme never flashes light.
// Printing drops the dark class for the print's duration, so diagrams print in their light palette.
const themeScript = `try{var t=localStorage.getItem('theme');document.documentElement.classList.toggle('dark',t?t==='dark':matchMedia('(prefers-color-scheme: dark)').matches)}catch(e){}
(function(d,k){addEventListener('beforeprint',function(){d.setAttribute(k,d.classList.contains('dark')?'1':'');d.classList.remove('dark')});addEventListener('afterprint',function(){if(d.getAttribute(k))d.classList.add('dark');d.removeAttribute(k)})})(document.documentElement,'data-print-dark');`;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen flex flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:bg-[var(--bg)] focus:p-2"
        >
          Skip to content
        </a>
        <header className="sticky top-0 z-40 border-b border-[var(--border)] bg-[var(--bg)]/95 backdrop-blur">
          {/* Wide: one row. Narrow: the name with search and theme, then the sections below. */}
          <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-2 px-4 py-1 sm:gap-x-4 sm:py-2">
            <Link href="/" className="order-1 mr-auto py-1 font-bold no-underline text-[var(--fg)]">
              System Design Studio
            </Link>
            <div className="order-3 flex w-full justify-between sm:order-2 sm:w-auto sm:gap-x-2">
              <Link href="/designs/" className="py-1 sm:px-2">
                Designs
              </Link>
              <Link href="/concepts/" className="py-1 sm:px-2">
                Concepts
              </Link>
              <Link href="/simulators/" className="py-1 sm:px-2">
                Simulators
              </Link>
              {/* No prefetch: the quiz's entry chunk would count against every page's first load. */}
              <Link href="/quiz/" prefetch={false} className="py-1 sm:px-2">
                Quiz
              </Link>
            </div>
            <div className="order-2 flex items-center gap-2 sm:order-3">
              <SearchButton />
              <ThemeToggle />
            </div>
          </nav>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          {children}
        </main>
        <footer className="border-t border-[var(--border)] py-6 text-center text-sm muted">
          <p>Study material for system design interviews. Figures marked assumed are illustrative.</p>
          <nav aria-label="Footer" className="mt-2 flex flex-wrap justify-center gap-x-4">
            <Link href="/tags/">Browse by tag</Link>
            <Link href="/reference/" prefetch={false}>
              Reference numbers
            </Link>
          </nav>
        </footer>
        <AppStatus />
      </body>
    </html>
  );
}
