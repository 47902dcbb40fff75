import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import { compile } from '../../src/audit/compile/compile.js';
import { auditCompiled } from '../../src/audit/auditCompiled.js';
import { generateCatalog, generateRecord } from './generateCatalog.js';
import { quantile } from './measure.js';
import type { Benchmark, BenchmarkResult } from './types.js';

const PROGRAMS = 20;

/**
 * P1-generated: audits as the generated catalog makes them. The first 20
 * programs of the P5 catalog (about 40 requirement nodes each: pattern
 * electives, listed electives, breadth with distinct subjects, overlays,
 * recognitions, GPA and residency policies), each audited once against a
 * record of 20 achievements aimed at it (as the P4 plans are). The figure
 * is the median audit; the slowest, the most steps and how many were
 * exact are recorded. No target of its own: it shows what P1's typical
 * audit does not, the shapes plans and rankings audit.
 */
export const generatedAuditsBenchmark: Benchmark = {
  id: 'P1-generated',
  workload: `${PROGRAMS} generated 40-node programs, one audit each of a 20-achievement record aimed at it`,
  target: 'none set (recorded)',
  async run(): Promise<BenchmarkResult> {
    const catalog = generateCatalog({ seed: 5, units: 5000, programs: 200 });
    const parsed = parseCatalog(catalog);
    const ids = catalog.units.filter((u) => u.requirements && (u.kind === 'degree' || u.kind === 'certificate')).map((u) => u.id).slice(0, PROGRAMS);
    const times: number[] = [];
    let maxSteps = 0;
    let exact = 0;
    for (const id of ids) {
      const record = generateRecord({ seed: 7, catalog, achievements: 20, program: id });
      const program = compile(parsed, id);
      const started = performance.now();
      const result = auditCompiled(program, record, { asOf: '2025-06-30' });
      times.push(performance.now() - started);
      maxSteps = Math.max(maxSteps, result.steps);
      if (result.optimal) exact++;
    }
    const sorted = [...times].sort((a, b) => a - b);
    return {
      median: Math.round(quantile(sorted, 0.5) * 10) / 10,
      p95: Math.round(quantile(sorted, 0.95)),
      unit: 'ms',
      samples: times.length,
      met: true,
      details: { totalMs: Math.round(times.reduce((s, t) => s + t, 0)), maxMs: Math.round(sorted[sorted.length - 1]!), maxSteps, exact },
    };
  },
};
