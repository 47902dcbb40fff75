import type { Issue } from '../../issues/Issue.js';
import type { SafeResult } from '../../issues/Result.js';
import type { Achievement } from '../../model/achievement.js';
import { achievementSchema } from '../../model/achievement.js';
import { readOptions } from '../../_internal/readOptions.js';
import { readInput } from '../../_internal/readInput.js';
import { DEFAULT_LIMITS } from '../../_internal/parseLimits.js';
import { deepFreeze } from '../../_internal/deepFreeze.js';
import { issue } from '../../_internal/issue.js';
import { showValue } from '../../_internal/showValue.js';
import { safeParseCatalog } from '../../catalog/safeParseCatalog.js';
import { safeParseRecord } from '../../record/safeParseRecord.js';
import { EdcReader } from './EdcReader.js';
import { readCredential } from './readCredential.js';
import type { EdcSettings } from './EdcSettings.js';
import type { EdcImport } from './EdcImport.js';

/**
 * Options for {@link safeImportEdc} and {@link importEdc}.
 *
 * @example
 * ```ts
 * const options: ImportEdcOptions = { language: 'de', gradeScale: 'de-1-5', source: 'inbox/credential.json' };
 * ```
 *
 * @category Interop
 */
export interface ImportEdcOptions {
  /** The language to take from language maps (`de`), before English and the first given; default `en`. */
  readonly language?: string;
  /** The id of the grade scale (of your catalog) the credential's grade is on; without it the grade stays in `extensions.edc`. */
  readonly gradeScale?: string;
  /**
   * That you checked the credential's proof (its seal or signature), and
   * how: `{ method: 'jades', by: 'registrar' }` or `true`. credstack does
   * not check EDC seals; without this the achievements are unverified.
   */
  readonly verified?: NonNullable<Achievement['verified']>;
  /** Where the credential came from (a file name, a URL), recorded as each achievement's `source`. */
  readonly source?: string;
}

/**
 * Imports a European Digital Credential (the European Learning Model shape
 * of Europass, as in the EU's EDC application profile): each
 * LearningAchievement claim becomes a catalog unit of kind
 * `micro-credential` carrying the EU micro-credential elements (title,
 * ECTS credits, hours, EQF level, learning outcomes with their skills,
 * assessment, supervision, form of participation), its awarding body an
 * organisation with its country, and the learner's achievement (earned on
 * the awarding day, with grade, credits, issuer and expiry). Values may be
 * one item or a list, text or a language map. What is not mapped stays in
 * `extensions.edc`. The credential's proof is not checked, so the
 * achievements are unverified (an `unverified` warning) unless `verified`
 * says otherwise. Other warnings: `assumed` (a date or an awarding body
 * taken from elsewhere), `unmapped` (a value kept only in extensions).
 * Never throws for bad input, never mutates it, reads no clock.
 *
 * @param input - the credential: a plain object, or its JSON text
 * @param options - see {@link ImportEdcOptions}
 * @returns the catalog and record fragments with the warnings, or the issues (with paths into the credential)
 *
 * @example
 * ```ts
 * const result = safeImportEdc(JSON.parse(text), { source: 'edc-mc-example.json' });
 * if (result.success) missingMicrocredentialElements(result.data.catalog.units[0]!, result.data.catalog.organisations);
 * ```
 *
 * @category Interop
 */
export function safeImportEdc(input: unknown, options: ImportEdcOptions = {}): SafeResult<EdcImport> {
  const settings = readSettings(options);
  if (!settings.ok) return { success: false, issues: settings.issues };
  const read = readInput(input, DEFAULT_LIMITS);
  if (!read.ok) return { success: false, issues: read.issues };
  const reader = new EdcReader(settings.value.language);
  const data = readCredential(reader, { value: read.value, path: [] }, settings.value);
  if (data === undefined || reader.issues.length > 0) return { success: false, issues: read.locate(reader.issues) };
  const problems = checkOutput(data);
  if (problems.length > 0) return { success: false, issues: problems };
  if (settings.value.verified === undefined) {
    const proof = Object.hasOwn(read.value as object, 'proof') ? ['proof'] : [];
    reader.warn('unverified', proof, "the credential's proof was not checked (credstack does not check EDC seals), so its achievements are unverified; pass the verified option once you have checked it");
  }
  return { success: true, data: deepFreeze(data), warnings: read.locate(reader.warnings) };
}

function readSettings(options: unknown): { ok: true; value: EdcSettings } | { ok: false; issues: Issue[] } {
  const asked = readOptions(options, ['language', 'gradeScale', 'verified', 'source']);
  if (!asked.ok) return asked;
  const issues: Issue[] = [];
  const text = (key: string): string | undefined => {
    const value = asked.values.get(key);
    if (value === undefined || (typeof value === 'string' && value.trim() !== '')) return value;
    issues.push(issue('invalid_option', ['options', key], `${key} must be non-empty text, got ${showValue(value)}`));
    return undefined;
  };
  const [language, gradeScale, source] = [text('language'), text('gradeScale'), text('source')];
  const verified = asked.values.get('verified');
  const checked = verified === undefined || verified === false ? undefined : achievementSchema.shape.verified.safeParse(verified);
  if (checked !== undefined && !checked.success) {
    issues.push(issue('invalid_option', ['options', 'verified'], `verified must be true or { method, by? }, got ${showValue(verified)}`));
  }
  if (issues.length > 0) return { ok: false, issues };
  const value: EdcSettings = {
    language: language ?? 'en',
    ...(gradeScale !== undefined && { gradeScale }),
    ...(checked?.success === true && checked.data !== undefined && { verified: checked.data }),
    ...(source !== undefined && { source }),
  };
  return { ok: true, value };
}

/** The fragments must be valid documents; an issue here is a bug of the importer, reported rather than returned. */
function checkOutput(data: EdcImport): Issue[] {
  const catalog = safeParseCatalog(data.catalog);
  const record = safeParseRecord(data.record);
  const prefix = (where: string, issues: readonly Issue[]): Issue[] =>
    issues.map((i) => issue(i.code, [where, ...i.path], `the imported ${where} would not be valid: ${i.message}`));
  return [...(catalog.success ? [] : prefix('catalog', catalog.issues)), ...(record.success ? [] : prefix('record', record.issues))];
}
