import type { Benchmark } from './types.js';
import { loadBenchmark } from './load.bench.js';
import { auditBenchmark } from './audit.bench.js';
import { electivesBenchmarks } from './electives.bench.js';
import { shapesBenchmarks } from './shapes.bench.js';
import { drawnOverlapBenchmark } from './drawnOverlap.bench.js';
import { creditMapBenchmark } from './creditMap.bench.js';
import { planBenchmark, rankBenchmark } from './plan.bench.js';
import { generatedAuditsBenchmark } from './generatedAudits.bench.js';
import { cohortBenchmark } from './cohort.bench.js';
import { bundleBenchmarks } from './bundle.bench.js';

/**
 * Every benchmark `npm run bench` runs, in order. Add a benchmark by writing
 * `test/bench/<name>.bench.ts` that exports a {@link Benchmark} and listing
 * it here.
 */
export const benchmarks: readonly Benchmark[] = [auditBenchmark, generatedAuditsBenchmark, ...electivesBenchmarks, loadBenchmark, ...shapesBenchmarks, drawnOverlapBenchmark, planBenchmark, rankBenchmark, creditMapBenchmark, cohortBenchmark, ...bundleBenchmarks];
