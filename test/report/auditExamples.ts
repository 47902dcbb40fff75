import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { audit } from '../../src/audit/audit.js';
import type { AuditOptions } from '../../src/audit/AuditOptions.js';
import type { AuditResult } from '../../src/audit/AuditResult.js';
import { parseCatalog } from '../../src/catalog/parseCatalog.js';

const read = (name: string): string => readFileSync(fileURLToPath(new URL(`../../examples/data/${name}`, import.meta.url)), 'utf8');

/** The bundled example catalog and learner (MIT SCM MicroMasters pathways). */
export const SCM_CATALOG = parseCatalog(read('scm-catalog.yaml'));
export const LEARNER = read('learner-scm.yaml');

/** Achievements to add to the learner: one expired, one planned, one Harvard course. */
export const MORE_ACHIEVEMENTS = `  - { id: a-old, unit: hes-mgmt-e100, earnedOn: "2020-01-10", expiresOn: "2023-01-01" }
  - { id: a-plan, unit: mit-scm-residence, status: planned }
  - { id: a-e110, unit: hes-mgmt-e110, earnedOn: "2024-01-10" }
`;

/** Exceptions: a waiver of the on-campus overlay and a pin of the Harvard course. */
export const EXCEPTIONS = `exceptions:
  - { id: x1, kind: waive, requirement: on-campus, reason: "capstone done remotely", author: "registrar@hes" }
  - { id: x2, kind: pin, achievement: a-e110, requirement: courses, reason: "advisor's decision", author: "advisor@hes" }
`;

/** Audits the example learner, with extra record YAML appended, as of 2024-06-30. */
export function auditExample(program: string, extra = '', options: AuditOptions = {}): AuditResult {
  return audit(SCM_CATALOG, `${LEARNER}${extra}`, program, { asOf: '2024-06-30', ...options });
}

/** A small catalog whose ECTS course converts approximately into US semester credits. */
export const APPROXIMATE_CATALOG = parseCatalog(`
organisations: [{ id: o, name: O, country: US, kind: university }]
units:
  - { id: u1, kind: course, title: U1, provider: o, credits: { value: 6, system: ects }, subjects: [x] }
  - { id: u2, kind: course, title: U2, provider: o, credits: { value: 4, system: us-semester }, subjects: [x] }
  - id: prog
    kind: degree
    title: A small program
    provider: o
    policies: { creditSystem: us-semester }
    requirements:
      all:
        - { select: { subjects: [x] }, min: { credits: 7 } }
`);

/** The lines of a report, without trailing spaces. */
export function linesOf(report: string): string[] {
  return report.split('\n').map((l) => l.trimEnd());
}

/** The lines of a report's section, from its heading to the next blank line. */
export function sectionOf(report: string, heading: string): string[] {
  const lines = linesOf(report);
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`no section ${heading}`);
  const end = lines.indexOf('', start + 1);
  return lines.slice(start, end < 0 ? undefined : end);
}
