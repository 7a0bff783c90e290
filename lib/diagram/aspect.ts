/**
 * A rendered diagram's width over its height, from its SVG's viewBox: the cheat sheet needs it
 * at build time to know how much of the page the diagram takes at full width.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function svgAspect(svg: string): number | undefined {
  const box = /<svg\b[^>]*\bviewBox="([^"]+)"/.exec(svg)?.[1].trim().split(/[\s,]+/).map(Number);
  if (!box || box.length !== 4) return undefined;
  const [, , width, height] = box;
  return width > 0 && height > 0 ? width / height : undefined;
}

/** The aspect of a diagram rendered by scripts/render-diagrams.ts, or undefined if it is not there. */
export function renderedAspect(hash: string, dir = path.join(process.cwd(), 'public/diagrams')): number | undefined {
  const file = path.join(dir, `${hash}.svg`);
  return existsSync(file) ? svgAspect(readFileSync(file, 'utf8')) : undefined;
}
