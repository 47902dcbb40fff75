import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import { parseRecord } from '../../src/record/parseRecord.js';
import { compile } from '../../src/audit/compile/compile.js';
import { auditCompiled } from '../../src/audit/auditCompiled.js';
import { majorCatalog, majorRecord } from './majorCatalog.js';
import { measure } from './measure.js';
import type { Benchmark } from './types.js';

const TARGET = 20_000;

/**
 * P1: the typical audit. A major of 30 requirement nodes (24 required
 * courses, three overlapping elective pools needing 3, 3 and 2 courses),
 * compiled once; a record of 40 achievements (24 required, 16 electives each
 * fitting two pools). Timed: `auditCompiled` end to end, record validation
 * included. Exhaustive enumeration of this record's allocation (3^16 × 2^24
 * assignments) does not finish, so there is no baseline in the same run;
 * P2 gives the ratio on workloads where it does.
 */
export const auditBenchmark: Benchmark = {
  id: 'P1',
  workload: 'typical audit: program compiled once; 40 achievements, 30 requirement nodes, three overlapping elective pools',
  target: `at least ${TARGET.toLocaleString('en')} audits a second on one core`,
  async run() {
    const doc = majorCatalog({ core: 24, electives: 16, pools: [{ tag: 'systems', count: 3 }, { tag: 'theory', count: 3 }, { tag: 'ai', count: 2 }], totalCredits: 96 });
    const catalog = parseCatalog(doc);
    const record = parseRecord(majorRecord(doc), { catalog });
    const program = compile(catalog, 'cs-major');
    const check = auditCompiled(program, record, { asOf: '2024-06-30' });
    if (!check.satisfied || !check.optimal) throw new Error('the P1 workload should be satisfied, optimally');
    const batch = 50;
    const timed = await measure(() => {
      for (let i = 0; i < batch; i++) auditCompiled(program, record, { asOf: '2024-06-30' });
    }, { warmup: 3, iterations: 20 });
    const perSecond = (ms: number): number => Math.round((batch * 1000) / ms);
    return {
      median: perSecond(timed.median),
      p95: perSecond(timed.p95),
      unit: 'audits/s',
      samples: timed.samples,
      met: perSecond(timed.median) >= TARGET,
      details: { microsecondsPerAudit: Math.round((timed.median * 1000) / batch), steps: check.steps, baseline: 'exhaustive: 3^16 × 2^24 assignments, does not finish' },
    };
  },
};
