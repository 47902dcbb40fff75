import type { Issue } from '../../issues/Issue.js';
import { issue } from '../../_internal/issue.js';
import { readOptions } from '../../_internal/readOptions.js';
import { readLimits, type ParseLimits } from '../../_internal/parseLimits.js';
import { showValue } from '../../_internal/showValue.js';
import { describeThrown } from '../../_internal/describeThrown.js';
import { conceptName } from './ctdlTerms.js';
import { isObject } from './readValues.js';

/** The import options, read and checked. @internal */
export interface ImportSettings {
  readonly pathway: string | undefined;
  readonly language: string;
  readonly creditUnits: ReadonlyMap<string, string>;
  readonly defaultCreditSystem: string | undefined;
  readonly limits: ParseLimits;
}

const FIELDS = ['pathway', 'language', 'creditUnits', 'defaultCreditSystem', 'maxSize', 'maxNodes'];

/**
 * Reads an importer's options once each, refusing anything that is not an
 * option (`invalid_option` at `['options', field]`) rather than throwing.
 *
 * @internal
 */
export function readImportOptions(options: unknown, withPathway: boolean): { ok: true; settings: ImportSettings } | { ok: false; issues: Issue[] } {
  const asked = readOptions(options, withPathway ? FIELDS : FIELDS.filter((f) => f !== 'pathway'));
  if (!asked.ok) return asked;
  const limits = readLimits(asked.values);
  const issues: Issue[] = limits.ok ? [] : [...limits.issues];
  const text = (field: string): string | undefined => {
    const value = asked.values.get(field);
    if (value === undefined || (typeof value === 'string' && value !== '')) return value;
    issues.push(issue('invalid_option', ['options', field], `${field} must be a non-empty string, got ${showValue(value)}`));
    return undefined;
  };
  const settings: ImportSettings = {
    pathway: text('pathway'),
    language: text('language') ?? 'en-US',
    creditUnits: readCreditUnits(asked.values.get('creditUnits'), issues),
    defaultCreditSystem: text('defaultCreditSystem'),
    limits: limits.ok ? limits.limits : { maxSize: 0, maxNodes: 0 },
  };
  return issues.length > 0 ? { ok: false, issues } : { ok: true, settings };
}

function readCreditUnits(value: unknown, issues: Issue[]): ReadonlyMap<string, string> {
  try {
    return readTable(value, issues);
  } catch (error) {
    // A revoked Proxy or a getter that throws.
    issues.push(issue('invalid_option', ['options', 'creditUnits'], `creditUnits cannot be read: ${describeThrown(error)}`));
    return new Map();
  }
}

function readTable(value: unknown, issues: Issue[]): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  if (value === undefined) return table;
  if (!isObject(value)) {
    issues.push(issue('invalid_option', ['options', 'creditUnits'], `creditUnits must be an object of credit units to credit systems, got ${showValue(value)}`));
    return table;
  }
  for (const key of Object.keys(value)) {
    const system = value[key];
    if (typeof system === 'string' && system !== '') table.set(conceptName(key), system);
    else issues.push(issue('invalid_option', ['options', 'creditUnits', key], `a credit system id must be a non-empty string, got ${showValue(system)}`));
  }
  return table;
}
