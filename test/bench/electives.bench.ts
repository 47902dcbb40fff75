import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import { parseRecord } from '../../src/record/parseRecord.js';
import { compile } from '../../src/audit/compile/compile.js';
import { auditCompiled } from '../../src/audit/auditCompiled.js';
import { solveAllocation } from '../../src/audit/allocation/solveAllocation.js';
import { compareScores } from '../../src/audit/allocation/evaluateAllocation.js';
import { exhaustiveAllocation } from '../_helpers/exhaustiveAllocation.js';
import { majorCatalog, majorRecord } from './majorCatalog.js';
import { prepareProblem, assignmentCount } from './prepareProblem.js';
import { measure } from './measure.js';
import type { Benchmark, BenchmarkResult } from './types.js';

const POOLS = [{ tag: 'systems', count: 4 }, { tag: 'theory', count: 3 }];
const AS_OF = '2024-06-30';

function workload(electives: number, core: number) {
  const doc = majorCatalog({ core, electives, pools: POOLS });
  const catalog = parseCatalog(doc);
  const record = parseRecord(majorRecord(doc), { catalog });
  return { catalog, record };
}

const BASELINE_N = 8;
let measuredBaseline: Promise<{ engineMs: number; exhaustiveMs: number; assignments: number }> | undefined;

/** The engine against exhaustive enumeration on the same allocation problem, where enumeration finishes. */
async function baseline(electives: number): Promise<{ engineMs: number; exhaustiveMs: number; assignments: number }> {
  const { catalog, record } = workload(electives, 2);
  const problem = prepareProblem(catalog, 'cs-major', record, AS_OF);
  const engine = solveAllocation(problem);
  const oracle = exhaustiveAllocation(problem);
  if (compareScores(engine.evaluation.score, oracle.evaluation.score) !== 0) throw new Error(`P2: engine and exhaustive search disagree at N = ${electives}`);
  const engineT = await measure(() => solveAllocation(problem), { warmup: 3, iterations: 20 });
  const exhaustiveT = await measure(() => exhaustiveAllocation(problem), { warmup: 0, iterations: 3 });
  return { engineMs: engineT.median, exhaustiveMs: exhaustiveT.median, assignments: assignmentCount(problem) };
}

function electivesBenchmark(n: number, targetMs: number): Benchmark {
  return {
    id: `P2 N=${n}`,
    workload: `overlapping electives: a CS major whose ${n} electives each fit two pools (4 and 3 courses), 10 required courses`,
    target: `under ${targetMs} ms, exact`,
    async run(): Promise<BenchmarkResult> {
      const { catalog, record } = workload(n, 10);
      const program = compile(catalog, 'cs-major');
      const check = auditCompiled(program, record, { asOf: AS_OF });
      if (!check.satisfied || !check.optimal) throw new Error(`P2 N=${n}: expected a satisfied, optimal audit`);
      const timed = await measure(() => auditCompiled(program, record, { asOf: AS_OF }), { warmup: 3, iterations: 30 });
      measuredBaseline ??= baseline(BASELINE_N);
      const small = await measuredBaseline;
      return {
        median: timed.median,
        p95: timed.p95,
        unit: 'ms',
        samples: timed.samples,
        met: timed.median < targetMs && check.optimal,
        baseline: small.exhaustiveMs,
        baselineLabel: `exhaustive enumeration at N = ${BASELINE_N} (${small.assignments.toLocaleString('en')} assignments; engine ${small.engineMs.toFixed(3)} ms there)`,
        ratio: small.engineMs / small.exhaustiveMs,
        details: {
          steps: check.steps,
          exhaustiveAssignmentsAtN: assignmentCount(prepareProblem(catalog, 'cs-major', record, AS_OF)),
          [`speedupAtN${BASELINE_N}`]: Math.round(small.exhaustiveMs / small.engineMs),
        },
      };
    },
  };
}

/** P2 at N = 20 (target under 5 ms) and N = 200 (under 100 ms). */
export const electivesBenchmarks: readonly Benchmark[] = [electivesBenchmark(20, 5), electivesBenchmark(200, 100)];
