/**
 * What one benchmark measured. Figures are in `unit` (`ms` for a duration,
 * `ops/s` for a throughput); `met` says whether the target of quality.md
 * holds. A baseline is measured in the same run, so the ratio holds on a
 * noisy machine.
 */
export interface BenchmarkResult {
  /** The median of the measured figure. */
  readonly median: number;
  /** The 95th percentile of the measured figure. */
  readonly p95: number;
  /** What the figures are in: `ms`, `ops/s`, `MB` ... */
  readonly unit: string;
  /** How many timed runs the figures summarise. */
  readonly samples: number;
  /** Whether the target is met. */
  readonly met: boolean;
  /** The median of the baseline, in the same unit, when there is one. */
  readonly baseline?: number;
  /** What the baseline is (`exhaustive enumeration`, `shape-only parse` ...). */
  readonly baselineLabel?: string;
  /** `median / baseline`: below 1 means faster than the baseline for durations. */
  readonly ratio?: number;
  /** Further figures worth recording (sizes, peak memory ...). */
  readonly details?: Readonly<Record<string, number | string | boolean>>;
}

/**
 * One benchmark of quality.md: an id (`P5`), the workload in words, the
 * target in words, and how to run it. Each lives in its own file in
 * `test/bench/` and is listed in `test/bench/benchmarks.ts`.
 */
export interface Benchmark {
  readonly id: string;
  readonly workload: string;
  readonly target: string;
  run(): Promise<BenchmarkResult>;
}
