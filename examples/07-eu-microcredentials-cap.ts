/**
 * Example 7: European micro-credentials in ECTS stacking into a university
 * postgraduate certificate that caps recognised prior learning.
 *
 * A learner holds four micro-credentials of 5 ECTS from two European
 * universities and has taken one module of a 30-ECTS (60 UK credit)
 * Postgraduate Certificate. The certificate counts each micro-credential
 * at EQF level 7 as 5 ECTS, but, as the University of Leicester's policy
 * on accreditation of prior learning sets for a Postgraduate Certificate,
 * at most 30 of its 60 UK credits (15 ECTS) may come that way.
 *
 * Published: the cap, at most 30 of 60 credits of a Postgraduate
 * Certificate by APL (University of Leicester, "Accreditation of prior
 * learning", Appendix 1, le.ac.uk/policies/quality/prior-learning, seen
 * 2026); the EU micro-credential elements (Council Recommendation
 * 2022/C 243/02, Annex I); 2 UK credits = 1 ECTS. Illustrative: the
 * micro-credentials and their providers, the certificate's subject and
 * modules, the 5-ECTS recognition, the learner.
 *
 * What it shows:
 * - the cap binding: the first three micro-credentials (by date) count
 *   15 ECTS, the fourth finds the cap used up (`recognition_cap`), and the
 *   certificate's own module adds 7.5 ECTS: 22.5 of 30, 7.5 remaining;
 * - the EU elements on the units: `missingMicrocredentialElements` finds
 *   every mandatory element on three of them, and the quality assurance
 *   missing on the fourth. The audit reads none of the block: the unit
 *   lacking quality assurance still counts, since a recognition cannot be
 *   made to depend on the EU elements (the nearest filter here is the EQF
 *   level); a registrar would have to check it by hand.
 *
 * The cap is written as `maxRecognized: { credits: 15 }`: Leicester's cap,
 * 30 of the award's 60 credits, is a fixed number of credits, whereas a
 * `share` in credstack is a share of the credits applied.
 *
 * Run: npx tsx examples/07-eu-microcredentials-cap.ts
 */
import { parseCatalog, audit, missingMicrocredentialElements, type AuditResult, type MissingMicrocredentialElement } from '../src/index.js';
import { renderAuditText } from '../src/report/renderAuditText.js';
import { loadExampleData } from './loadExampleData.js';

/** The audit of the learner, and the EU elements each micro-credential lacks. */
export interface EuMicrocredentialsExample {
  readonly result: AuditResult;
  /** For each micro-credential of the catalog, by unit id, the mandatory elements it lacks. */
  readonly missing: Readonly<Record<string, readonly MissingMicrocredentialElement[]>>;
}

/** Audits the learner against the certificate as of 2026-06-30 and checks the micro-credentials' EU elements. */
export function euMicrocredentialsExample(): EuMicrocredentialsExample {
  const catalog = parseCatalog(loadExampleData('eu-microcredentials-pgcert.yaml'));
  const missing: Record<string, readonly MissingMicrocredentialElement[]> = {};
  for (const unit of catalog.units.filter((u) => u.kind === 'micro-credential')) {
    missing[unit.id] = missingMicrocredentialElements(unit, catalog);
  }
  const result = audit(catalog, loadExampleData('learner-eu-microcredentials.yaml'), 'le-pgcert-data', { asOf: '2026-06-30' });
  return { result, missing };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { result, missing } = euMicrocredentialsExample();
  console.log('EU micro-credential elements (Council Recommendation 2022/C 243/02, Annex I):');
  for (const [unit, lacks] of Object.entries(missing)) {
    console.log(`  ${unit}: ${lacks.length === 0 ? 'every mandatory element stated' : lacks.map((m) => `${m.element} missing (${m.message})`).join('; ')}`);
  }
  console.log('');
  console.log(renderAuditText(result));
}
