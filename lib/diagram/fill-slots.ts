/**
 * Writes rendered SVGs into the empty `data-diagram` slots of an exported HTML page. A page that
 * shows one diagram twice gets the SVG once: later slots keep only a reference to the first.
 */
const SLOT = /(<div\b[^>]*\bdata-diagram="([0-9a-f]{16})"[^>]*>)(<\/div>)/g;

export function fillDiagramSlots(
  html: string,
  readSvg: (hash: string) => string | null,
): { html: string; filled: number; missing: string[] } {
  const seen = new Set<string>();
  const missing: string[] = [];
  let filled = 0;
  const out = html.replace(SLOT, (whole, open: string, hash: string, close: string) => {
    if (seen.has(hash)) {
      return `${open}<svg role="img" aria-label="The same diagram as above"><use href="#d${hash}"/></svg>${close}`;
    }
    const svg = readSvg(hash);
    if (svg === null) {
      missing.push(hash);
      return whole;
    }
    seen.add(hash);
    filled++;
    return `${open}${svg}${close}`;
  });
  return { html: out, filled, missing };
}
