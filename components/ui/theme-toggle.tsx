'use client';
import { useEffect, useSyncExternalStore } from 'react';

type Theme = 'light' | 'dark';

const root = () => document.documentElement;
const current = (): Theme => (root().classList.contains('dark') ? 'dark' : 'light');

/** The theme is the `dark` class on <html> (set before paint by the layout's script). */
function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(root(), { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

/** Switches between light and dark; the choice is stored, and until then the system decides. */
export function ThemeToggle() {
  const theme = useSyncExternalStore<Theme | null>(subscribe, current, () => null);

  useEffect(() => {
    const media = matchMedia('(prefers-color-scheme: dark)');
    const follow = () => {
      if (!localStorage.getItem('theme')) root().classList.toggle('dark', media.matches);
    };
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, []);

  const toggle = () => {
    const next: Theme = current() === 'dark' ? 'light' : 'dark';
    root().classList.toggle('dark', next === 'dark');
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Storage may be unavailable (private mode); the switch still applies to this page.
    }
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
