import { describe, it, expect } from 'vitest';
import { hashString, murmur3 } from './hash';

describe('MurmurHash3 x86_32', () => {
  it('matches the reference test vectors', () => {
    // Published vectors of the reference C implementation (SMHasher's MurmurHash3_x86_32).
    expect(hashString('', 0)).toBe(0);
    expect(hashString('', 1)).toBe(0x514e28b7);
    expect(hashString('', 0xffffffff)).toBe(0x81f16f39);
    expect(murmur3(new Uint8Array(4), 0)).toBe(0x2362f9de);
    expect(hashString('a', 0x9747b28c)).toBe(0x7fa09ea6);
    expect(hashString('abc', 0)).toBe(0xb3dd93fa);
    expect(hashString('aaaa', 0x9747b28c)).toBe(0x5a97808a);
    expect(hashString('test', 0)).toBe(0xba6bd213);
    expect(hashString('Hello, world!', 0)).toBe(0xc0363e43);
    expect(hashString('Hello, world!', 1234)).toBe(0xfaf6cdb3);
    expect(hashString('The quick brown fox jumps over the lazy dog', 0)).toBe(0x2e4ff723);
  });

  it('hashes the UTF-8 bytes of non-ASCII strings', () => {
    expect(hashString('ππππππππ', 0x9747b28c)).toBe(0xd58063c1);
    expect(hashString('ü', 0)).toBe(murmur3(new Uint8Array([0xc3, 0xbc]), 0));
  });

  it('hashes a prefix of a buffer when given a length', () => {
    const bytes = new TextEncoder().encode('testXYZ');
    expect(murmur3(bytes, 0, 4)).toBe(0xba6bd213);
  });

  it('spreads near-identical names evenly over 16 ranges', () => {
    const bins = new Array<number>(16).fill(0);
    for (let i = 0; i < 64_000; i++) bins[hashString(`node-${i % 100}#${Math.floor(i / 100)}`) >>> 28]++;
    // 4,000 expected per range, standard deviation about 61.
    for (const count of bins) expect(Math.abs(count - 4_000)).toBeLessThan(300);
  });

  it('flips about half the output bits when one input character changes', () => {
    let flipped = 0;
    const samples = 2_000;
    for (let i = 0; i < samples; i++) {
      const diff = hashString(`key-${i}a`) ^ hashString(`key-${i}b`);
      for (let b = 0; b < 32; b++) flipped += (diff >>> b) & 1;
    }
    expect(flipped / samples).toBeGreaterThan(15);
    expect(flipped / samples).toBeLessThan(17);
  });
});
