/** Options of {@link measure}. */
export interface MeasureOptions {
  /** Untimed runs first, so the JIT and caches settle. Default 3. */
  readonly warmup?: number;
  /** Timed runs. Default 20. */
  readonly iterations?: number;
}

/** Timings of repeated runs, in milliseconds. */
export interface Timings {
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly samples: number;
}

/**
 * The value at a quantile of sorted numbers (nearest rank).
 *
 * @param sorted - numbers in ascending order, at least one
 * @param q - the quantile, 0 to 1
 * @returns the value
 */
export function quantile(sorted: readonly number[], q: number): number {
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/**
 * Runs `fn` a few times untimed, then times it repeatedly with
 * `performance.now`.
 *
 * @param fn - the work to time; its result is kept so it is not optimised away
 * @param options - warm-up and timed run counts
 * @returns median, 95th percentile and fastest run, in milliseconds
 *
 * @example
 * ```ts
 * const t = await measure(() => JSON.parse(text), { warmup: 5, iterations: 30 });
 * ```
 */
export async function measure(fn: () => unknown, options: MeasureOptions = {}): Promise<Timings> {
  const { warmup = 3, iterations = 20 } = options;
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = await fn();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    sink = await fn();
    times.push(performance.now() - start);
  }
  if (sink === Symbol.for('never')) console.log(sink);
  times.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95), min: times[0] ?? Number.NaN, samples: times.length };
}
