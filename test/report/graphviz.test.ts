/**
 * When Graphviz itself is on the machine, the DOT the renderers write must
 * lay out with `dot` without an error or a warning. CI does not install
 * Graphviz, so there this is skipped and the DOT parser of the other tests
 * stands in for it.
 */
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditMap } from '../../src/creditMap/creditMap.js';
import { renderAuditDot } from '../../src/report/renderAuditDot.js';
import { renderCreditMapDot } from '../../src/report/renderCreditMapDot.js';
import { renderPlanDot } from '../../src/report/renderPlanDot.js';
import { EXCEPTIONS, MORE_ACHIEVEMENTS, SCM_CATALOG, auditExample } from './auditExamples.js';
import { hostileAudit, hostileCreditMap, hostilePlan, hostileTexts } from './hostileResults.js';
import { NEWCOMER_PLAN } from './planExamples.js';

const hasDot = spawnSync('dot', ['-V']).error === undefined;

function layOut(source: string): string {
  const run = spawnSync('dot', ['-Tsvg'], { input: source, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

describe.skipIf(!hasDot)('Graphviz lays out the DOT', () => {
  it('of the bundled examples, with the status classes in the SVG', () => {
    const svg = layOut(renderAuditDot(auditExample('hes-almm', MORE_ACHIEVEMENTS + EXCEPTIONS)));
    for (const look of ['partial', 'waived', 'remaining', 'route', 'credential', 'achievement']) expect(svg).toContain(`class="node ${look}"`);
    layOut(renderPlanDot(NEWCOMER_PLAN, { catalog: SCM_CATALOG }));
    layOut(renderCreditMapDot(creditMap(SCM_CATALOG, { asOf: '2024-06-30' })));
  }, 60_000);

  it('of hostile ids and titles', () => {
    for (const texts of fc.sample(hostileTexts, { numRuns: 15, seed: 7 })) {
      layOut(renderAuditDot(hostileAudit(texts)));
      layOut(renderPlanDot(hostilePlan(texts)));
      layOut(renderCreditMapDot(hostileCreditMap(texts)));
    }
  }, 60_000);
});
