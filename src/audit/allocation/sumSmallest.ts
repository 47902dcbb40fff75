/**
 * The sum of the k smallest numbers of a list, in linear time.
 *
 * @internal
 */

/**
 * The sum of the `k` smallest entries of `values[0..n)` (all of them when
 * `k ≥ n`; 0 when `k ≤ 0`). Reorders those entries (a selection, not a
 * sort: linear on average, where sorting them was the bound's largest cost
 * under a wide `atLeast`). Deterministic: the same entries in the same
 * order give the same result. The sum is taken in the order the selection
 * leaves them, so with fractions it may differ from the sorted sum in the
 * last bit; the bound reads it within `EPS`.
 *
 * @param values - the numbers (reordered in place)
 * @param n - how many entries of `values` to read
 * @param k - how many of the smallest to sum
 * @returns their sum
 * @example
 * ```ts
 * sumSmallest([5, 1, 4, 2], 4, 2); // 3
 * ```
 * @internal
 */
export function sumSmallest(values: number[] | Float64Array, n: number, k: number): number {
  if (k <= 0) return 0;
  let sum = 0;
  if (k >= n) {
    for (let j = 0; j < n; j++) sum += values[j]!;
    return sum;
  }
  // Hoare selection: afterwards the k smallest occupy values[0..k), in some order.
  let lo = 0;
  let hi = n - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = medianOfThree(values[lo]!, values[(lo + hi) >> 1]!, values[hi]!);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  for (let j = 0; j < k; j++) sum += values[j]!;
  return sum;
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}
