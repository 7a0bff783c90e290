/**
 * A seeded pseudo-random number generator: sfc32 (Chris Doty-Humphrey's Small Fast Counter, from
 * PractRand). 128 bits of state, passes PractRand and BigCrush, and needs only 32-bit integer
 * operations, so it is fast in JavaScript. Math.random cannot be seeded, and a simulation must
 * replay exactly from its seed.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /**
   * `stream` gives independent sequences under one seed (one per client, say), so adding a
   * client does not change the numbers the others draw.
   */
  constructor(seed: number, stream = 0) {
    // PractRand's sfc32 seeding: the two seed words, a counter of 1, then discard 12 outputs.
    this.a = 0;
    this.b = seed >>> 0;
    this.c = stream >>> 0;
    this.d = 1;
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** The next 32-bit unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1), with 32 bits of resolution. */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform in [min, max). */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** A uniform integer in [0, n), for n up to 2^32 (bias below n / 2^32, negligible here). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  /**
   * Exponential with the given rate (mean 1/rate): the gap between arrivals of a Poisson process.
   * Inversion of the CDF; 1 - u lies in (0, 1], so the logarithm is finite.
   */
  exponential(rate: number): number {
    return -Math.log(1 - this.next()) / rate;
  }
}
