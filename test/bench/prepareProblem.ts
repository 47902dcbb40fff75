import type { Catalog } from '../../src/catalog/Catalog.js';
import type { LearnerRecord } from '../../src/model/recordDocument.js';
import type { AllocationProblem } from '../../src/audit/allocation/AllocationProblem.js';
import { compile } from '../../src/audit/compile/compile.js';
import { prepareAudit } from '../../src/audit/pipeline/runAudit.js';
import { buildProblem } from '../../src/audit/pipeline/buildProblem.js';

/**
 * The allocation problem an audit of this record against this program
 * solves: the same problem the exhaustive baseline is run on, so both
 * measure the same work.
 */
export function prepareProblem(catalog: Catalog, programId: string, record: LearnerRecord, asOf: string): AllocationProblem {
  const compiled = compile(catalog, programId);
  const ctx = {
    catalog,
    asOf,
    include: new Set<string>(),
    exceptions: record.exceptions ?? [],
    budget: { remaining: 1_000_000, steps: 0, exhausted: false },
    notes: new Map(),
    warnings: [],
  };
  const prepared = prepareAudit(compiled, record, ctx);
  const fixed = new Map([...prepared.settings.waived].map((w) => [w, true] as const));
  return buildProblem(compiled.tree, prepared.pool, prepared.ctx, { ...prepared.settings, root: 0, fixed }).problem;
}

/** How many assignments exhaustive enumeration visits: the product of (eligible leaves + 1) over items. */
export function assignmentCount(problem: AllocationProblem): number {
  const options = problem.items.map(() => 1);
  for (const node of problem.nodes) for (const i of node.eligible) options[i]! += 1;
  return options.reduce((product, n) => product * n, 1);
}
