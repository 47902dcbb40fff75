import fc from 'fast-check';
import { solveAllocation } from '../../src/audit/allocation/solveAllocation.js';
import { fullSizeArb, reversed } from '../_helpers/heavyOverlapShapes.js';
import { quantile } from './measure.js';
import type { Benchmark } from './types.js';

/**
 * The seeds drawn: 1 to 3, or 1 to N with `OVERLAP_SEEDS=N` in the
 * environment (`OVERLAP_SEEDS=12 npm run bench -- --only 'P6 overlap drawn'`
 * solves 3,600 programs).
 */
const SEEDS = Array.from({ length: Math.max(1, Number(process.env['OVERLAP_SEEDS'] ?? 3) || 3) }, (_, k) => k + 1);
const PER_SEED = 150;
const BUDGET = 1_000_000;

/**
 * P6 overlap drawn (issue 10 at its full size): the programs of the
 * property test, up to 12 achievements under up to 8 leaves that all take
 * every one (inner `all`, `any` or `atLeast`, credit minimums on leaves,
 * inner nodes and the root), 150 drawn at each of three seeds, each solved
 * in both orders of its achievements at the default budget. The figure is
 * the time per solve; the details count the solves that ran out of the
 * budget and the most budget any used.
 */
export const drawnOverlapBenchmark: Benchmark = {
  id: 'P6 overlap drawn',
  workload: `issue 10 at full size: ${SEEDS.length * PER_SEED} drawn programs of up to 12 achievements under up to 8 leaves taking them all, each in both orders`,
  target: 'every one exact within half the default budget',
  async run() {
    const times: number[] = [];
    const work: number[] = [];
    let exhausted = 0;
    for (const seed of SEEDS) {
      for (const p of fc.sample(fullSizeArb, { seed, numRuns: PER_SEED })) {
        for (const q of [p, reversed(p)]) {
          const started = performance.now();
          const r = solveAllocation(q, { stepBudget: BUDGET });
          times.push(performance.now() - started);
          work.push(r.work);
          if (!r.optimal) exhausted++;
        }
      }
    }
    times.sort((a, b) => a - b);
    work.sort((a, b) => a - b);
    const most = work[work.length - 1] ?? 0;
    const over = (share: number): number => work.filter((w) => w > BUDGET * share).length;
    process.stderr.write(`  P6 overlap drawn: ${times.length} solves, ${exhausted} out of budget, most work ${most.toLocaleString('en')}, ${over(0.1)} above a tenth of the budget\n`);
    return {
      median: quantile(times, 0.5),
      p95: quantile(times, 0.95),
      unit: 'ms',
      samples: times.length,
      met: exhausted === 0 && most < BUDGET / 2,
      details: { solves: times.length, exhausted, mostWork: most, medianWork: quantile(work, 0.5), aboveTenthOfBudget: over(0.1), maxMs: Math.round(times[times.length - 1] ?? 0) },
    };
  },
};
