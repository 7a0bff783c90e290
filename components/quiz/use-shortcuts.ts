'use client';
import { useEffect, useRef } from 'react';

/**
 * Page-wide keyboard shortcuts for a quiz screen. Keys typed into a field are left alone, and so
 * are Enter and Space on a focused button or link, which activate it natively.
 */
export function useShortcuts(handler: (key: string, event: KeyboardEvent) => boolean) {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if ((e.key === 'Enter' || e.key === ' ') && target?.closest('button, a, summary')) return;
      if (ref.current(e.key, e)) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
