'use client';
import { useEffect, useRef } from 'react';

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** The slot a diagram's SVG goes into; see Diagram for why it is filled outside React. */
export function DiagramSvg({ hash }: { hash: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const slot = ref.current;
    if (!slot || slot.firstElementChild) return;
    const controller = new AbortController();
    fetch(`${basePath}/diagrams/${hash}.svg`, { signal: controller.signal })
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((svg) => {
        slot.innerHTML = svg;
      })
      .catch((err: Error) => {
        if (err.name !== 'AbortError') slot.textContent = 'This diagram could not be loaded; its source is below.';
      });
    return () => controller.abort();
  }, [hash]);
  // React must not own the children: they come from the HTML or from the fetch above.
  return <div ref={ref} className="diagram-svg" data-diagram={hash} data-pagefind-ignore="all" dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />;
}
