/** Validates every page under content/ and names the file and field of each problem. */
import { readFileSync } from 'node:fs';
import { loadLibrary } from '../lib/content/load';
import { copiedRuns, loadSeedShingles } from '../lib/content/overlap';

const { library, problems } = loadLibrary();
const seed = loadSeedShingles();
for (const page of [...library.designs, ...library.concepts]) {
  const copied = copiedRuns(readFileSync(page.file, 'utf8'), seed);
  if (copied.length) problems.push(`${page.file}: ${copied.length} run(s) of words copied from a seed, e.g. "${copied[0]}"`);
}
if (problems.length) {
  console.error(`Content has ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`Content OK: ${library.designs.length} designs, ${library.concepts.length} concepts.`);
