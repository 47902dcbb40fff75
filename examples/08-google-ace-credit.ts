/**
 * Example 8: professional certificates recognised for college credit:
 * Google Career Certificates, taken on Coursera, counted at a university on
 * the American Council on Education's (ACE) credit recommendation.
 *
 * Published: all Google Career Certificates are recommended by ACE "for up
 * to 12 college credits (the equivalent to four college courses)" (Google's
 * announcement, November 2021, reprinted by Silicon Valley Daily, seen
 * 2026); ACE's recommendations give semester hours, level and subject, and
 * are re-reviewed every three years (ACE, "Granting Credit With the
 * National Guide", seen 2026); each institution decides what it grants.
 * Illustrative: the university, its degree, its decision to grant the 12
 * semester hours of each certificate as electives, the conditions (a
 * verified certificate with its ACE transcript, earned within three
 * years), and the learner.
 *
 * The learner holds four certificates. As of 2026-06-30:
 * - Data Analytics and UX Design are verified and recent: 12 semester hours
 *   each, 24 of the 36 hours of electives;
 * - IT Support is verified but was earned in May 2022, outside the
 *   three-year window (`recognition_condition`);
 * - Project Management comes without its transcript, so it is not verified
 *   (`recognition_condition`).
 * 24 of the degree's 120 semester hours are met; 96 remain.
 *
 * Run: npx tsx examples/08-google-ace-credit.ts
 */
import { parseCatalog, audit, type AuditResult } from '../src/index.js';
import { renderAuditText } from '../src/report/renderAuditText.js';
import { loadExampleData } from './loadExampleData.js';

/** Audits the learner's Google Career Certificates against the (illustrative) bachelor's degree. */
export function googleAceCreditExample(): AuditResult {
  const catalog = parseCatalog(loadExampleData('google-ace-credit.yaml'));
  return audit(catalog, loadExampleData('learner-google-certificates.yaml'), 'esu-bs-business', { asOf: '2026-06-30' });
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(renderAuditText(googleAceCreditExample()));
