/**
 * MurmurHash3, x86 32-bit variant (Austin Appleby, public domain), over the UTF-8 bytes of a string.
 *
 * Why this one: ring positions come from near-identical names ("node-1#0", "node-1#1", ...), and
 * MurmurHash3's finalizer makes every input bit flip about half of the output bits, so such names
 * spread evenly. FNV-1a without a finalizer mixes its last bytes poorly and clusters them. It is
 * also the family real rings use (Cassandra's Murmur3Partitioner takes the 128-bit variant), and
 * with Math.imul it runs at tens of millions of short keys per second in JavaScript.
 */

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

const encoder = new TextEncoder();
// Reused for ASCII keys so hashing a million keys does not allocate a million buffers.
let scratch = new Uint8Array(64);

/** MurmurHash3 x86_32 of `bytes[0, length)`, as an unsigned 32-bit integer. */
export function murmur3(bytes: Uint8Array, seed = 0, length = bytes.length): number {
  let h = seed >>> 0;
  const blocks = length & ~3;
  for (let i = 0; i < blocks; i += 4) {
    let k = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    k = Math.imul(k, C1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, C2);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  let k = 0;
  switch (length & 3) {
    case 3:
      k ^= bytes[blocks + 2] << 16;
    // falls through
    case 2:
      k ^= bytes[blocks + 1] << 8;
    // falls through
    case 1:
      k ^= bytes[blocks];
      k = Math.imul(k, C1);
      k = (k << 15) | (k >>> 17);
      k = Math.imul(k, C2);
      h ^= k;
  }
  h ^= length;
  // fmix32: the finalizer that gives the avalanche.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** MurmurHash3 x86_32 of the UTF-8 encoding of `key`. */
export function hashString(key: string, seed = 0): number {
  const n = key.length;
  if (n > scratch.length) scratch = new Uint8Array(Math.max(n, 2 * scratch.length));
  for (let i = 0; i < n; i++) {
    const c = key.charCodeAt(i);
    if (c > 0x7f) return murmur3(encoder.encode(key), seed);
    scratch[i] = c;
  }
  return murmur3(scratch, seed, n);
}
