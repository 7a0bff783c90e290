'use client';
import { useEffect, useState } from 'react';

type Theme = 'light' | 'dark';

const current = (): Theme => (document.documentElement.classList.contains('dark') ? 'dark' : 'light');

/** Switches between light and dark; the choice is stored, and until then the system decides. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | null>(null);

  useEffect(() => {
    setTheme(current());
    const media = matchMedia('(prefers-color-scheme: dark)');
    const follow = () => {
      if (localStorage.getItem('theme')) return;
      document.documentElement.classList.toggle('dark', media.matches);
      setTheme(current());
    };
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, []);

  const toggle = () => {
    const next: Theme = current() === 'dark' ? 'light' : 'dark';
    document.documentElement.classList.toggle('dark', next === 'dark');
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Storage may be unavailable (private mode); the switch still applies to this page.
    }
    setTheme(next);
  };

  return (
    <button
      type="button"
      onClick={toggle}
      className="rounded border border-[var(--border)] px-2 py-1 text-sm"
      aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
    >
      {theme === 'dark' ? 'Light' : 'Dark'}
    </button>
  );
}
