/**
 * Example 10: a badge with verifiable metadata, imported from Open Badges
 * 3.0 and counted toward a university certificate.
 *
 * The badge is the micro-credential "Data Science Fundamentals" awarded by
 * NETIS d.o.o. (test/fixtures/standards/edc/open-badge-mc-example.json, published
 * by MyNextID, MIT licence): achievement type MicroCredential, 5 credits
 * available, valid from 2026-01-12 until 2026-12-31, aligned to the ESCO
 * skills "Develop test procedures" and "Analyse test data". Open Badges
 * credits carry no unit; the same micro-credential as a European Digital
 * Credential (edc-mc-example.json) states them in ECTS, so the import is
 * told `creditSystem: 'ects'`. Illustrative: the university, its 15-ECTS
 * certificate, and the recognition of a micro-credential showing "Analyse
 * test data" as the certificate's introductory module.
 *
 * `safeImportOpenBadge` (async) reads the credential into a record, and
 * with `catalogParts: true` into the catalog parts it describes: the
 * issuer as an organisation, the achievement as a unit with its credits,
 * tags and the ESCO skills as competencies. Those parts are added to the
 * university's catalog, the badge to the learner's record, and the audit
 * does the rest. The import warns that the credential carries no proof
 * (`unverified`): the badge counts because the recognition does not ask for
 * verified achievements; one that did would turn it away.
 *
 * As of 2026-06-30 the badge counts as the introductory module (5 ECTS),
 * and with one module taken at the university the certificate stands at 10
 * of 15 ECTS. As of 2027-01-15 the badge has expired (its validUntil) and
 * counts for nothing: 5 of 15.
 *
 * Run: npx tsx examples/10-open-badge-import.ts
 */
import { readFile } from 'node:fs/promises';
import { parseCatalog, parseRecord, audit, safeImportOpenBadge, formatPath, type AuditResult, type CatalogDocument, type CredentialImport, type Issue } from '../src/index.js';
import { renderAuditText } from '../src/report/renderAuditText.js';
import { loadExampleData } from './loadExampleData.js';

/** The badge, from the real credentials the interop tests read. */
const BADGE = new URL('../test/fixtures/standards/edc/open-badge-mc-example.json', import.meta.url);

/** The import, its warnings, and the certificate's audit while the badge is valid and after it expired. */
export interface OpenBadgeExample {
  readonly imported: CredentialImport;
  readonly warnings: readonly Issue[];
  /** As of 2026-06-30, while the badge is valid. */
  readonly counted: AuditResult;
  /** As of 2027-01-15, after the badge's validUntil (2026-12-31). */
  readonly expired: AuditResult;
}

/** Imports the badge with its catalog parts, adds them to the university's catalog and record, and audits the certificate. */
export async function openBadgeExample(): Promise<OpenBadgeExample> {
  const outcome = await safeImportOpenBadge(await readFile(BADGE, 'utf8'), { asOf: '2026-06-30', catalogParts: true, creditSystem: 'ects' });
  if (!outcome.success) throw new Error(outcome.issues.map((i) => `${i.code} at ${formatPath(i.path)}: ${i.message}`).join('\n'));
  const imported = outcome.data;
  const catalog = parseCatalog(withParts(parseCatalog(loadExampleData('badge-data-science.yaml')).toJSON(), imported.catalog));
  const own = parseRecord(loadExampleData('learner-badge.yaml'));
  const record = { ...imported.record, achievements: [...imported.record.achievements, ...own.achievements] };
  return {
    imported,
    warnings: outcome.warnings,
    counted: audit(catalog, record, 'ds-certificate', { asOf: '2026-06-30' }),
    expired: audit(catalog, record, 'ds-certificate', { asOf: '2027-01-15' }),
  };
}

/** The catalog with the import's parts (organisations, units, grade scales) added. */
function withParts(base: CatalogDocument, parts: CatalogDocument | undefined): CatalogDocument {
  return {
    ...base,
    organisations: [...(base.organisations ?? []), ...(parts?.organisations ?? [])],
    units: [...base.units, ...(parts?.units ?? [])],
    gradeScales: [...(base.gradeScales ?? []), ...(parts?.gradeScales ?? [])],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { imported, warnings, counted, expired } = await openBadgeExample();
  const unit = imported.catalog?.units[0];
  console.log(`Imported: ${unit?.title} (${unit?.kind}, ${unit?.credits?.value} ${unit?.credits?.system}), issued by ${imported.catalog?.organisations?.[0]?.name}`);
  console.log(`  competencies: ${unit?.competencies?.join(', ')}`);
  for (const w of warnings) console.log(`  warning ${w.code} at ${formatPath(w.path)}: ${w.message}`);
  console.log('\nWhile the badge is valid:\n');
  console.log(renderAuditText(counted));
  console.log('\nAfter it expired:\n');
  console.log(renderAuditText(expired));
}
