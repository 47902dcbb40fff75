/**
 * Example 9: a program that recognises credentials only from issuers a
 * consortium accredits, and only for what they issued while accredited.
 *
 * The consortium is the European MOOC Consortium (EMC), whose Common
 * Microcredential Framework (CMF), launched on 30 April 2019 with its
 * founding platforms (FutureLearn, FUN, OpenupEd, Miríadax, EduOpen), sets
 * what a micro-credential must be: 100 to 150 hours, 4-6 ECTS (10-15 UK
 * credits), EQF level 6-7, identity verified at assessment, a transcript,
 * and academic credit (FutureLearn partner help centre, "Common
 * Microcredential Framework (CMF)"; EduOpen, June 2019; seen 2026).
 * Illustrative: the receiving university, its master's, the 10 UK credits
 * it grants, the two FutureLearn credentials and the learner.
 *
 * The recognition asks that the issuer was accredited by the consortium on
 * the day the credential was earned (`conditions.issuerAccreditedBy`), and
 * FutureLearn's accreditation runs from the launch. As of 2026-06-30:
 * - the micro-credential earned in March 2021 counts: 10 of the 60 elective
 *   credits, 10 of 180 in all;
 * - the program earned in November 2018, before FutureLearn joined the
 *   framework, does not (`recognition_condition`).
 *
 * Nearest model: the CMF applies course by course, while credstack's
 * accreditations belong to organisations; the platform is taken as the
 * issuer and the CMF as its accreditation, from the day of the launch.
 * A credential-level accreditation with dates ("this course was CMF from
 * ...") is not something a catalog can state.
 *
 * Run: npx tsx examples/09-issuer-accreditation.ts
 */
import { parseCatalog, audit, type AuditResult } from '../src/index.js';
import { renderAuditText } from '../src/report/renderAuditText.js';
import { loadExampleData } from './loadExampleData.js';

/** Audits the learner's two FutureLearn credentials against the (illustrative) master's. */
export function issuerAccreditationExample(): AuditResult {
  const catalog = parseCatalog(loadExampleData('emc-cmf.yaml'));
  return audit(catalog, loadExampleData('learner-cmf.yaml'), 'exu-msc', { asOf: '2026-06-30' });
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(renderAuditText(issuerAccreditationExample()));
