/**
 * The tables of the credit knapsack (`creditKnapsack`): per node, the best
 * entry with at most c units of new credit below it, and their max-plus
 * sums.
 *
 * An entry packs a lexicographic pair into one number: a score (satisfied
 * nodes × `SCALE` + progress, in half credits) first, then the fewest items
 * reaching it: `2 × score × ITEMS − items`. Sums of entries are entries of
 * the summed pairs while the items stay below `ITEMS`, and the larger entry
 * is the better pair. Every figure is a whole number of half credits, so the
 * packing is exact.
 *
 * @internal
 */

/** One satisfied node in the score: above any progress a tree of the knapsack's size can make. @internal */
export const SCALE = 1e6;
/** Items an entry can count (more are not counted: the count is then 0). @internal */
export const ITEMS = 1024;
/** No share-out reaches this entry (a node that cannot be satisfied with so little). @internal */
export const NONE = -Infinity;

/** An entry for a score of `score` (satisfied × SCALE + progress) reached with `items` items. @internal */
export function entry(score: number, items: number): number {
  // Rounded up (a cap can leave a fraction of a half credit): still a bound.
  return Math.ceil(score * 2 - 1e-6) * ITEMS - items;
}

/** The score (satisfied × SCALE + progress) of an entry. @internal */
export function scoreOf(e: number): number {
  return Math.ceil(e / ITEMS - 1e-9) / 2;
}

/** The items of an entry. @internal */
export function itemsOf(e: number): number {
  return Math.ceil(e / ITEMS - 1e-9) * ITEMS - e;
}

/** Makes `t` non-decreasing in place (at most c units may use fewer). @internal */
export function prefixMax(t: Float64Array): Float64Array {
  for (let c = 1; c < t.length; c++) if (t[c - 1]! > t[c]!) t[c] = t[c - 1]!;
  return t;
}

/** Counts the cells the tables compute, for the step budget. @internal */
export interface Meter {
  cells: number;
}

/** The first index from which a non-decreasing table stays at its last value. */
function saturation(t: Float64Array): number {
  const last = t[t.length - 1]!;
  let s = t.length - 1;
  while (s > 0 && t[s - 1] === last) s--;
  return s;
}

/**
 * Max-plus convolution: out[c] = max over a + b ≤ c of x[a] + y[b] (x and y
 * are non-decreasing, so a + b = c is enough; and past the index where a
 * table stops growing, its own last value serves: the other's grows).
 *
 * @internal
 */
export function convolve(x: Float64Array, y: Float64Array, units: number, meter: Meter): Float64Array {
  const out = new Float64Array(units + 1).fill(NONE);
  const sx = saturation(x);
  const sy = saturation(y);
  for (let a = 0; a <= sx; a++) {
    const xa = x[a]!;
    if (xa === NONE) continue;
    const top = Math.min(sy, units - a);
    for (let b = 0; b <= top; b++) {
      const v = xa + y[b]!;
      if (v > out[a + b]!) out[a + b] = v;
    }
    meter.cells += top + 1;
  }
  meter.cells += units + 1;
  return prefixMax(out);
}

/**
 * The best sum over exactly `k` of the tables (choosing one table is their
 * best entry at each c; each further choice, a convolution).
 *
 * @internal
 */
export function bestOf(tables: readonly Float64Array[], k: number, units: number, meter: Meter): Float64Array {
  // rows[j]: the best with j tables chosen so far; j falls so each table is chosen once.
  const rows: (Float64Array | undefined)[] = [new Float64Array(units + 1)];
  tables.forEach((t, seen) => {
    const after = tables.length - seen - 1;
    for (let j = Math.min(k, seen + 1); j >= 1 && j >= k - after; j--) {
      const prev = rows[j - 1];
      if (prev === undefined) continue;
      const row = rows[j];
      if (j === 1) rows[1] = row === undefined ? Float64Array.from(t) : maxInto(row, t, meter);
      else {
        const w = convolve(prev, t, units, meter);
        rows[j] = row === undefined ? w : maxInto(row, w, meter);
      }
    }
  });
  return rows[k] ?? new Float64Array(units + 1).fill(NONE);
}

/** `into[c] = max(into[c], from[c])`, in place. */
function maxInto(into: Float64Array, from: Float64Array, meter: Meter): Float64Array {
  for (let c = 0; c < into.length; c++) if (from[c]! > into[c]!) into[c] = from[c]!;
  meter.cells += into.length;
  return into;
}
