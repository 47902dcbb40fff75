/**
 * Example 1: the MIT MicroMasters in Supply Chain Management counting toward
 * MIT's blended master's (SCMb).
 *
 * Five online courses (SC0x to SC4x) and the proctored comprehensive exam
 * (CFx) stack into the MicroMasters credential; MIT counts the credential as
 * the online semester of the blended master's, which then needs "just over
 * one semester in residence". Both routes require 90 MIT units.
 *
 * Run: npx tsx examples/01-mit-scm-micromasters.ts
 */
import { parseCatalog, audit, type AuditResult } from '../src/index.js';
import { renderAuditText } from '../src/report/renderAuditText.js';
import { loadExampleData } from './loadExampleData.js';

/** Audits the bundled learner against MIT's blended master's. */
export function mitScmExample(): AuditResult {
  const catalog = parseCatalog(loadExampleData('scm-catalog.yaml'));
  return audit(catalog, loadExampleData('learner-scm.yaml'), 'mit-scmb', { asOf: '2024-06-30' });
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(renderAuditText(mitScmExample()));
