import type { Rng } from '../sim/rng';

/** Fisher-Yates with a seeded RNG: a fresh order per seed, the same order for the same seed. */
export function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.below(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
