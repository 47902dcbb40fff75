/**
 * A small seeded pseudo-random generator (mulberry32) with the helpers the
 * benchmark generators need. Deterministic: the same seed always gives the
 * same sequence, on every platform, so benchmark catalogs are reproducible.
 */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** `n` distinct elements of an array (fewer when the array is shorter), in random order. */
  sample<T>(items: readonly T[], n: number): T[];
  /** A shuffled copy of an array. */
  shuffle<T>(items: readonly T[]): T[];
  /** An independent generator derived from this one and a label. */
  fork(label: string): Prng;
}

/**
 * Hashes a string to a 32-bit seed (FNV-1a), so labels can derive seeds.
 *
 * @param text - the text to hash
 * @returns an unsigned 32-bit integer
 */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Creates a mulberry32 generator.
 *
 * @param seed - any integer; equal seeds give equal sequences
 * @returns the generator
 *
 * @example
 * ```ts
 * const rng = createPrng(42);
 * rng.int(1, 6); // the same value on every run
 * ```
 */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      const tmp = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = tmp;
    }
    return copy;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('pick from an empty array');
      return items[Math.floor(next() * items.length)] as T;
    },
    sample: <T>(items: readonly T[], n: number): T[] => {
      const k = Math.max(0, Math.min(n, items.length));
      if (k * 4 > items.length) return shuffle(items).slice(0, k);
      // Few out of many: draw indices instead of shuffling the whole array.
      const chosen = new Set<number>();
      const out: T[] = [];
      while (out.length < k) {
        const i = Math.floor(next() * items.length);
        if (!chosen.has(i)) {
          chosen.add(i);
          out.push(items[i] as T);
        }
      }
      return out;
    },
    shuffle,
    fork: (label) => createPrng((hashSeed(label) ^ Math.floor(next() * 4294967296)) >>> 0),
  };
}
