import type { AuditResult } from '../../src/audit/AuditResult.js';
import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import { parseRecord } from '../../src/record/parseRecord.js';
import { compile } from '../../src/audit/compile/compile.js';
import { auditCompiled } from '../../src/audit/auditCompiled.js';
import { measure } from './measure.js';
import type { ShapeWorkload } from './shapeWorkload.js';

/** Options of {@link measureAudit}. */
export interface MeasureAuditOptions {
  /** The audit's step budget; the default budget when absent. */
  readonly stepBudget?: number;
  /** An audit at least this slow (ms) is timed once, not repeated. Default 1,000. */
  readonly slowMs?: number;
  /** Roughly how long (ms) the repeated timing may take in all. Default 3,000. */
  readonly spendMs?: number;
}

/** What {@link measureAudit} measured. */
export interface AuditMeasurement {
  readonly median: number;
  readonly p95: number;
  readonly samples: number;
  /** The result of the first audit (every audit of the same input gives the same). */
  readonly result: AuditResult;
  /** How long compiling the program took, once. */
  readonly compileMs: number;
}

/**
 * Times `auditCompiled` on a workload as a user runs it: the catalog and
 * record parsed and the program compiled once, outside the timing; the
 * audit (record check included) timed. A first audit is timed on its own;
 * when it is slow it is the only sample, so that a shape the engine finds
 * hard costs the benchmark run one audit, not thirty. Otherwise the audit
 * is repeated for about `spendMs`.
 *
 * @param workload - the documents and the program
 * @param options - step budget and how long to spend
 * @returns median and 95th percentile in ms, the number of samples, the result and the compile time
 */
export async function measureAudit(workload: ShapeWorkload, options: MeasureAuditOptions = {}): Promise<AuditMeasurement> {
  const { slowMs = 1_000, spendMs = 3_000 } = options;
  const catalog = parseCatalog(workload.catalog);
  const record = parseRecord(workload.record, { catalog });
  const compileStart = performance.now();
  const program = compile(catalog, workload.program);
  const compileMs = performance.now() - compileStart;
  const auditOptions = { asOf: workload.asOf, ...(options.stepBudget !== undefined && { stepBudget: options.stepBudget }) };
  const start = performance.now();
  const result = auditCompiled(program, record, auditOptions);
  const first = performance.now() - start;
  if (first >= slowMs) return { median: first, p95: first, samples: 1, result, compileMs };
  const iterations = Math.max(3, Math.min(30, Math.floor(spendMs / Math.max(first, 0.01))));
  const timed = await measure(() => auditCompiled(program, record, auditOptions), { warmup: Math.min(3, iterations), iterations });
  return { median: timed.median, p95: timed.p95, samples: timed.samples, result, compileMs };
}
