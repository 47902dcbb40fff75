/**
 * Example 2: the same MicroMasters recognised by Harvard Extension School as
 * four courses (16 credits) toward its master's in Management, leaving eight
 * courses (32 credits), one of them on campus.
 *
 * Run: npx tsx examples/02-harvard-extension.ts
 */
import { parseCatalog, audit, type AuditResult } from '../src/index.js';
import { renderAuditText } from '../src/report/renderAuditText.js';
import { loadExampleData } from './loadExampleData.js';

/** Audits the bundled learner against Harvard Extension's ALM in Management. */
export function harvardExample(): AuditResult {
  const catalog = parseCatalog(loadExampleData('scm-catalog.yaml'));
  return audit(catalog, loadExampleData('learner-scm.yaml'), 'hes-almm', { asOf: '2024-06-30' });
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(renderAuditText(harvardExample()));
