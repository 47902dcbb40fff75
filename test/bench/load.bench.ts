import { safeParseCatalog } from '../../src/catalog/safeParseCatalog.js';
import { catalogDocumentSchema } from '../../src/model/catalogDocument.js';
import { formatPath } from '../../src/issues/formatPath.js';
import { generateCatalog } from './generateCatalog.js';
import { measure } from './measure.js';
import type { Benchmark } from './types.js';

const UNITS = 5000;
const PROGRAMS = 200;
const TARGET_MS = 200;

/**
 * P5: parse and validate a generated catalog of 5,000 units and 200
 * programs from JSON text. Timed: `JSON.parse` and `safeParseCatalog`. The
 * baseline, measured in the same run, is `JSON.parse` and the zod shape
 * check alone, so the ratio shows what the reference, duplicate and cycle
 * checks cost on top of the schema.
 */
export const loadBenchmark: Benchmark = {
  id: 'P5',
  workload: `load: parse and validate a catalog of ${UNITS.toLocaleString('en')} units and ${PROGRAMS} programs`,
  target: `under ${TARGET_MS} ms`,
  async run() {
    const text = JSON.stringify(generateCatalog({ seed: 5, units: UNITS, programs: PROGRAMS }));
    const check = safeParseCatalog(JSON.parse(text));
    if (!check.success) {
      const first = check.issues.slice(0, 10).map((i) => `  ${i.code} at ${formatPath(i.path)}: ${i.message}`);
      throw new Error(`the generated catalog does not validate (${check.issues.length} issues):\n${first.join('\n')}`);
    }
    const timed = await measure(() => safeParseCatalog(JSON.parse(text)), { warmup: 5, iterations: 30 });
    const baseline = await measure(() => catalogDocumentSchema.safeParse(JSON.parse(text)), { warmup: 5, iterations: 30 });
    return {
      median: timed.median,
      p95: timed.p95,
      unit: 'ms',
      samples: timed.samples,
      met: timed.median < TARGET_MS,
      baseline: baseline.median,
      baselineLabel: 'JSON.parse + zod shape check only',
      ratio: timed.median / baseline.median,
      details: { bytes: text.length, units: UNITS + PROGRAMS, fastestMs: timed.min },
    };
  },
};
