/**
 * Example 6: Arizona State University's Earned Admission, the pathway that
 * began on edX as the Global Freshman Academy (2015) and runs today as ASU's
 * Universal Learner Courses (ULCs): first-year ASU courses online, open to
 * anyone, paid for as credit only once passed. Completing them at a GPA of
 * 2.75 or higher earns admission, and the credits then count toward the
 * degree.
 *
 * Published (pages as stored, seen 2026; details and addresses in
 * examples/data/asu-earned-admission.yaml):
 * - admission asks for a 2.75 GPA over the ULCs taken: 12 credit hours for
 *   learners 22 or older, 24 for those under 22 (ea.asu.edu, "How It Works");
 * - a course converts to ASU credit only with a C or better (ASU Service
 *   Center FAQ on converting Earned Admission courses for credit);
 * - ASU's grade points (University Registrar) and its credit-weighted GPA;
 * - a bachelor's degree needs 120 credit hours, 45 upper division and 29 of
 *   General Studies (ASU Catalog);
 * - the Global Freshman Academy's course credit hours and prices (2015: a
 *   $45 verified certificate, at most $200 a credit hour; Class Central and
 *   Higher Education Whisperer, 2015).
 * Illustrative: which courses are ULCs today, two course titles, and the
 * learners, their dates and grades.
 *
 * What the rules say: the C bar is a `minGrade` on the ULC requirement (a D
 * passes the course but cannot count), and the 2.75 is a `minGpa` on the
 * same node, a credit-weighted average over what counts there. The 12 or 24
 * credit hours depend on the learner's age, which a credstack record does
 * not carry: the catalog has one admission unit per age band, and the
 * caller picks the one that applies. ASU rounds a GPA to the nearest
 * hundredth before comparing; credstack compares the unrounded mean, so a
 * 2.745 that ASU would round up to 2.75 falls short here.
 *
 * Four audits, as of 2026-06-30: a learner of 22 or older who earns
 * admission (13 credit hours at 3.00), the same record against the under-22
 * threshold (13 of 24), and a learner who misses by one grade (2.69, with a
 * D that cannot count); then the admitted learner's credits against the
 * bachelor's degree.
 *
 * Run: npx tsx examples/06-asu-earned-admission.ts
 */
import { parseCatalog, audit, type AuditResult } from '../src/index.js';
import { renderAuditText } from '../src/report/renderAuditText.js';
import { loadExampleData } from './loadExampleData.js';

/** The audit date of every audit in this example. */
export const ASU_AS_OF = '2026-06-30';

/** The four audits of this example. */
export interface AsuEarnedAdmissionExample {
  /** The learner of 22 or older with 13 credit hours at a 3.00 GPA, against the 12-hour threshold. */
  readonly admitted: AuditResult;
  /** The same record against the threshold for learners under 22 (24 credit hours). */
  readonly under22: AuditResult;
  /** The learner who misses admission by one grade. */
  readonly short: AuditResult;
  /** The admitted learner's credits against ASU's bachelor's degree. */
  readonly degree: AuditResult;
}

/** Audits the two bundled learners against Earned Admission, and the admitted one against the degree. */
export function asuEarnedAdmissionExample(): AsuEarnedAdmissionExample {
  const catalog = parseCatalog(loadExampleData('asu-earned-admission.yaml'));
  const admitted = loadExampleData('learner-asu-admitted.yaml');
  const options = { asOf: ASU_AS_OF };
  return {
    admitted: audit(catalog, admitted, 'asu-earned-admission-22-plus', options),
    under22: audit(catalog, admitted, 'asu-earned-admission-under-22', options),
    short: audit(catalog, loadExampleData('learner-asu-short.yaml'), 'asu-earned-admission-22-plus', options),
    degree: audit(catalog, admitted, 'asu-bachelors', options),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { admitted, under22, short, degree } = asuEarnedAdmissionExample();
  console.log('A learner of 22 or older, four ULCs at B, A, C, B:\n');
  console.log(renderAuditText(admitted));
  console.log('\nThe same record, were the learner under 22:\n');
  console.log(renderAuditText(under22));
  console.log('\nA learner who misses by one grade (and whose D cannot count):\n');
  console.log(renderAuditText(short));
  console.log("\nThe admitted learner's credits toward the bachelor's degree:\n");
  console.log(renderAuditText(degree));
}
