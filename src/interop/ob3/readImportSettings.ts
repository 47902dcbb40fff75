import type { Issue } from '../../issues/Issue.js';
import { issue } from '../../_internal/issue.js';
import { showValue } from '../../_internal/showValue.js';
import { readOptions } from '../../_internal/readOptions.js';
import { readLimits, type ParseLimits } from '../../_internal/parseLimits.js';
import { isCatalog } from '../../_internal/isCatalog.js';
import type { Catalog } from '../../catalog/Catalog.js';
import { CHECK_OPTION_FIELDS, readCheckSettings, type CheckSettings } from '../vc/readCheckSettings.js';
import { GRADE_RESULT_TYPES } from './GradeResultType.js';

/**
 * The import options once read and checked.
 *
 * @internal
 */
export interface ImportSettings {
  readonly check: CheckSettings;
  readonly catalog?: Catalog;
  readonly catalogParts: boolean;
  readonly creditSystem?: string;
  /** Grade scale ids by result type. */
  readonly gradeScales: ReadonlyMap<string, string>;
  readonly language?: string;
  readonly source?: string;
  readonly limits: ParseLimits;
}

const FIELDS = [...CHECK_OPTION_FIELDS, 'catalog', 'catalogParts', 'creditSystem', 'gradeScales', 'language', 'source', 'maxSize', 'maxNodes'];

/**
 * Reads an importer's options (and the `extra` fields one importer adds),
 * turning every option that is not what it should be into an
 * `invalid_option` issue at `['options', field]`. Never throws.
 *
 * @internal
 */
export function readImportSettings(options: unknown, extra: readonly string[] = []): { ok: true; settings: ImportSettings; values: ReadonlyMap<string, unknown> } | { ok: false; issues: Issue[] } {
  const asked = readOptions(options, [...FIELDS, ...extra]);
  if (!asked.ok) return asked;
  const { values } = asked;
  const issues: Issue[] = [];
  const limits = readLimits(values);
  if (!limits.ok) issues.push(...limits.issues);
  const check = readCheckSettings(values, issues);
  const catalog = readCatalog(values.get('catalog'), issues);
  const parts = values.get('catalogParts');
  if (parts !== undefined && typeof parts !== 'boolean') issues.push(bad('catalogParts', 'true or false', parts));
  const texts = readTexts(values, issues);
  const creditSystem = readCreditSystem(values.get('creditSystem'), catalog, issues);
  const gradeScales = readGradeScales(values.get('gradeScales'), catalog, issues);
  if (issues.length > 0 || !limits.ok) return { ok: false, issues };
  const settings: ImportSettings = {
    check,
    ...(catalog && { catalog }),
    catalogParts: parts === true,
    ...(creditSystem !== undefined && { creditSystem }),
    gradeScales,
    ...texts,
    limits: limits.limits,
  };
  return { ok: true, settings, values };
}

function bad(field: string, expected: string, value: unknown): Issue {
  return issue('invalid_option', ['options', field], `${field} must be ${expected}, got ${showValue(value)}`, { expected, received: showValue(value) });
}

function readCatalog(value: unknown, issues: Issue[]): Catalog | undefined {
  if (value === undefined) return undefined;
  if (isCatalog(value)) return value;
  issues.push(issue('invalid_option', ['options', 'catalog'], 'expected a Catalog made by parseCatalog or safeParseCatalog'));
  return undefined;
}

function readTexts(values: ReadonlyMap<string, unknown>, issues: Issue[]): { language?: string; source?: string } {
  const out: { language?: string; source?: string } = {};
  for (const field of ['language', 'source'] as const) {
    const value = values.get(field);
    if (value === undefined) continue;
    if (typeof value === 'string' && value !== '') out[field] = value;
    else issues.push(bad(field, 'non-empty text', value));
  }
  return out;
}

function readCreditSystem(value: unknown, catalog: Catalog | undefined, issues: Issue[]): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') {
    issues.push(bad('creditSystem', 'the id of a credit system, such as ects', value));
    return undefined;
  }
  if (catalog && !catalog.creditSystems.has(value)) {
    issues.push(issue('invalid_option', ['options', 'creditSystem'], `credit system "${value}" is neither built in nor defined by the catalog`));
  }
  return value;
}

function readGradeScales(value: unknown, catalog: Catalog | undefined, issues: Issue[]): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  if (value === undefined) return out;
  let entries: [string, unknown][];
  try {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new TypeError('not an object');
    entries = Object.entries(value);
  } catch {
    issues.push(bad('gradeScales', 'an object naming a grade scale for each result type', value));
    return out;
  }
  for (const [type, scale] of entries) {
    const at = ['options', 'gradeScales', type];
    if (!(GRADE_RESULT_TYPES as readonly string[]).includes(type)) issues.push(issue('invalid_option', at, `"${type}" is not a result type read as a grade (${GRADE_RESULT_TYPES.join(', ')})`));
    else if (typeof scale !== 'string' || scale === '') issues.push(issue('invalid_option', at, `expected the id of a grade scale, got ${showValue(scale)}`));
    else if (catalog && !catalog.gradeScale(scale)) issues.push(issue('invalid_option', at, `grade scale "${scale}" is not in the catalog`));
    else out.set(type, scale);
  }
  return out;
}
