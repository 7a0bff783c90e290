'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * The rendered width of an element, so charts draw in real pixels: their text stays 12 px at
 * 360 px and at desktop widths, where a scaled viewBox would shrink or blow it up.
 */
export function useElementWidth<E extends HTMLElement>(fallback: number) {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(200, Math.round(entry.contentRect.width))));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
