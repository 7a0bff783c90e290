/**
 * Finds prose copied from the seed documents: any run of `size` words that a page shares with
 * a seed, outside code blocks and diagrams (where names and schema fields carry over by right).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SHINGLE_WORDS = 10;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9%.$]+/g, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .split(' ')
    .filter(Boolean);
}

export function withoutCode(text: string): string {
  return text.replace(/^\s*(`{3,}|~{3,})[\s\S]*?^\s*\1\s*$/gm, ' ');
}

export function shingles(text: string, size = SHINGLE_WORDS): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + size <= w.length; i++) out.add(w.slice(i, i + size).join(' '));
  return out;
}

export function loadSeedShingles(dir = path.join(process.cwd(), 'data/seeds')): Set<string> {
  const all = new Set<string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    for (const s of shingles(readFileSync(path.join(dir, f), 'utf8'))) all.add(s);
  }
  return all;
}

/** The word runs of `text` (code removed) that also stand in a seed. */
export function copiedRuns(text: string, seed: Set<string>): string[] {
  return [...shingles(withoutCode(text))].filter((s) => seed.has(s));
}
