import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import { safeCreditMap } from '../../src/creditMap/safeCreditMap.js';
import { generateCatalog } from './generateCatalog.js';
import { measure } from './measure.js';
import type { Benchmark } from './types.js';

const UNITS = 5000;
const PROGRAMS = 200;

/**
 * P4-map: the credit map of the P5 catalog (5,000 units, 200 programs,
 * micro-credentials and recognitions), as of one date. Timed: `safeCreditMap`
 * end to end, from a parsed catalog: each program compiled, every unit that
 * could count toward it audited alone (units the audit cannot tell apart
 * sharing one audit), entries with their conditions, sorted. The issue sets
 * no target for it; the figure is recorded.
 */
export const creditMapBenchmark: Benchmark = {
  id: 'P4-map',
  workload: `credit map of ${UNITS.toLocaleString('en')} units and ${PROGRAMS} programs`,
  target: 'none set (recorded)',
  async run() {
    const catalog = parseCatalog(generateCatalog({ seed: 5, units: UNITS, programs: PROGRAMS }));
    let last = safeCreditMap(catalog, { asOf: '2024-06-30' });
    if (!last.success) throw new Error(`the credit map failed: ${last.issues[0]?.message ?? ''}`);
    const timed = await measure(() => {
      last = safeCreditMap(catalog, { asOf: '2024-06-30' });
    }, { warmup: 0, iterations: 2 });
    const data = last.success ? last.data : undefined;
    return {
      median: timed.median,
      p95: timed.p95,
      unit: 'ms',
      samples: timed.samples,
      met: true,
      details: { entries: data?.entries.length ?? 0, audits: data?.audits ?? 0, credentials: data?.credentials.length ?? 0, msPerAudit: data ? Math.round((timed.median / data.audits) * 1000) / 1000 : 0 },
    };
  },
};
