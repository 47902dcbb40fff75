import type { AllocationProblem } from '../../src/audit/allocation/AllocationProblem.js';
import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import { parseRecord } from '../../src/record/parseRecord.js';
import { solveAllocation } from '../../src/audit/allocation/solveAllocation.js';
import { compareScores } from '../../src/audit/allocation/evaluateAllocation.js';
import { exhaustiveAllocation } from '../_helpers/exhaustiveAllocation.js';
import { prepareProblem, assignmentCount } from './prepareProblem.js';
import type { ShapeWorkload } from './shapeWorkload.js';

/** Exhaustive enumeration of a workload's allocation, or why it was not run. */
export type ExhaustiveFigure =
  | { readonly finished: true; readonly ms: number; readonly assignments: number; readonly agrees: boolean }
  | { readonly finished: false; readonly assignments: number; readonly projectedMs: number };

/**
 * Exhaustive enumeration (the tests' oracle) under a time allowance shared
 * by every call on one instance: a problem is enumerated, once, only when
 * its projected time (its assignments times the cost of one, calibrated on
 * a small problem) fits in what is left of the allowance. Otherwise it is
 * reported as not finishing, with its assignment count, so the benchmark
 * run stays bounded on any machine.
 */
export class ExhaustiveBaseline {
  private remainingMs: number;
  private msPerAssignment: number | undefined;

  /**
   * @param allowanceMs - the most all enumerations together may take, calibration included
   * @param calibration - a small workload (tens of thousands of assignments) to price one assignment on
   */
  constructor(
    allowanceMs: number,
    private readonly calibration: ShapeWorkload,
  ) {
    this.remainingMs = allowanceMs;
  }

  /**
   * Enumerates the workload's allocation when it fits the allowance left,
   * and checks the engine's solution against it.
   *
   * @param workload - the workload
   * @returns the enumeration's time and whether the engine agrees, or the count it would visit
   */
  run(workload: ShapeWorkload): ExhaustiveFigure {
    const problem = problemOf(workload);
    const assignments = assignmentCount(problem);
    const perAssignment = this.calibrate();
    const projectedMs = assignments * perAssignment;
    if (projectedMs > this.remainingMs) return { finished: false, assignments, projectedMs };
    const { ms, agrees } = enumerate(problem);
    this.remainingMs -= ms;
    return { finished: true, ms, assignments, agrees };
  }

  private calibrate(): number {
    if (this.msPerAssignment === undefined) {
      const problem = problemOf(this.calibration);
      // Twice, and priced on the second: the first run pays for compiling the code.
      const cold = enumerate(problem).ms;
      const { ms } = enumerate(problem);
      this.remainingMs -= cold + ms;
      this.msPerAssignment = ms / assignmentCount(problem);
    }
    return this.msPerAssignment;
  }
}

function problemOf(workload: ShapeWorkload): AllocationProblem {
  const catalog = parseCatalog(workload.catalog);
  const record = parseRecord(workload.record, { catalog });
  return prepareProblem(catalog, workload.program, record, workload.asOf);
}

function enumerate(problem: AllocationProblem): { ms: number; agrees: boolean } {
  const start = performance.now();
  const oracle = exhaustiveAllocation(problem);
  const ms = performance.now() - start;
  const engine = solveAllocation(problem);
  return { ms, agrees: compareScores(engine.evaluation.score, oracle.evaluation.score) === 0 };
}
