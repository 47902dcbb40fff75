/**
 * The best k children by satisfied nodes and progress, in linear time.
 *
 * @internal
 */

/**
 * Reorders `ranked[0..n)` (node indices) so that its first `k` entries are
 * the `k` best by `s` (more first), then `p` (more first), and entry
 * `k - 1` is the `k`-th best: what sorting them all would put in those
 * places, up to the order among the first `k - 1` and among exact ties. A
 * selection, not a sort: linear on average, where sorting every child of a
 * wide `atLeast` at each step of the search was the bound's largest cost.
 * Deterministic. Needs `1 ≤ k ≤ n`.
 *
 * @param ranked - node indices (reordered in place)
 * @param n - how many entries of `ranked` to read
 * @param k - how many of the best to bring to the front
 * @param s - per node, its satisfied nodes
 * @param p - per node, its progress
 * @example
 * ```ts
 * selectBest(ranked, ranked.length, node.need, s, p);
 * ```
 * @internal
 */
export function selectBest(ranked: number[], n: number, k: number, s: ArrayLike<number>, p: ArrayLike<number>): void {
  let lo = 0;
  let hi = n - 1;
  const target = k - 1;
  while (lo < hi) {
    const m = median(ranked[lo]!, ranked[(lo + hi) >> 1]!, ranked[hi]!, s, p);
    const ms = s[m]!;
    const mp = p[m]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      // Better than the pivot: more satisfied nodes, or as many and more progress.
      while (s[ranked[i]!]! > ms || (s[ranked[i]!] === ms && p[ranked[i]!]! > mp)) i++;
      while (s[ranked[j]!]! < ms || (s[ranked[j]!] === ms && p[ranked[j]!]! < mp)) j--;
      if (i <= j) {
        const t = ranked[i]!;
        ranked[i] = ranked[j]!;
        ranked[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
}

/** Whether node `a` ranks above node `b`. */
function above(a: number, b: number, s: ArrayLike<number>, p: ArrayLike<number>): boolean {
  return s[a]! > s[b]! || (s[a] === s[b] && p[a]! > p[b]!);
}

/** The middle one of three nodes by rank. */
function median(a: number, b: number, c: number, s: ArrayLike<number>, p: ArrayLike<number>): number {
  if (above(b, a, s, p)) return above(c, b, s, p) ? b : above(c, a, s, p) ? c : a;
  return above(c, a, s, p) ? a : above(c, b, s, p) ? c : b;
}
