/**
 * Example 3: when the stack does not count, and the reasons the audit gives.
 *
 * - A learner whose proctored exam score (55%) falls short of the passing
 *   60%: the MicroMasters is not earned, so nothing reaches either master's.
 * - A learner who earned the MicroMasters in 2017, audited against a
 *   variant of the Harvard agreement that (for the sake of the example; the
 *   published agreement states no such limit) takes only credentials earned
 *   within the last five years: the credential has lapsed for this purpose.
 *
 * Run: npx tsx examples/03-lapsed-or-short.ts
 */
import { parseCatalog, audit, type AuditResult, type CatalogDocument } from '../src/index.js';
import { renderAuditText } from '../src/report/renderAuditText.js';
import { loadExampleData } from './loadExampleData.js';

const catalog = parseCatalog(loadExampleData('scm-catalog.yaml'));

const course = (unit: string, earnedOn: string, score: number) => ({
  id: `a-${unit}`,
  unit,
  earnedOn,
  grade: { scale: 'percent', value: score },
  verified: { method: 'edx-verified-certificate' },
});

/** The exam score falls short of the pass mark. */
export function shortExample(): AuditResult {
  const record = {
    achievements: [
      course('SC0x', '2022-05-10', 88),
      course('SC1x', '2022-08-20', 81),
      course('SC2x', '2022-12-15', 77),
      course('SC3x', '2023-05-12', 84),
      course('SC4x', '2023-08-18', 90),
      course('SCMx-CFx', '2023-09-30', 55),
    ],
  };
  return audit(catalog, record, 'hes-almm', { asOf: '2024-06-30' });
}

/** The credential is older than the (hypothetical) five-year window of the agreement. */
export function lapsedExample(): AuditResult {
  const doc = structuredClone(catalog.toJSON()) as CatalogDocument;
  const hes = doc.recognitions!.find((r) => r.id === 'hes-scm-pathway')!;
  hes.conditions = { earnedWithin: 'P5Y' };
  const record = {
    achievements: ['SC0x', 'SC1x', 'SC2x', 'SC3x', 'SC4x', 'SCMx-CFx'].map((u, i) => course(u, `2017-0${i + 2}-15`, 80)),
  };
  return audit(parseCatalog(doc), record, 'hes-almm', { asOf: '2024-06-30' });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(renderAuditText(shortExample()));
  console.log(renderAuditText(lapsedExample()));
}
