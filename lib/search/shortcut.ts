/** The keys that open the search palette: "/" outside a text field, Ctrl+K or Cmd+K anywhere. */
export type KeyLike = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
  /** The focused element's tag and whether it is editable. */
  target: { tagName?: string; isContentEditable?: boolean } | null;
};

const typingTags = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export function opensSearch(e: KeyLike): boolean {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') return true;
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return false;
  const t = e.target;
  return !(t && (t.isContentEditable || (t.tagName && typingTags.has(t.tagName.toUpperCase()))));
}

/** The next active option for an arrow key, wrapping at the ends; null for other keys (Home and End
 * stay with the text field, as a reader editing the query expects). */
export function moveActive(key: string, active: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return active < 0 ? 0 : (active + 1) % count;
    case 'ArrowUp':
      return active <= 0 ? count - 1 : active - 1;
    default:
      return null;
  }
}
