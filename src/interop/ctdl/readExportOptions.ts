import type { Issue } from '../../issues/Issue.js';
import { issue } from '../../_internal/issue.js';
import { readOptions } from '../../_internal/readOptions.js';
import { showValue } from '../../_internal/showValue.js';
import { describeThrown } from '../../_internal/describeThrown.js';
import type { ExportSettings } from './ExportContext.js';

/**
 * Reads an exporter's options once each, refusing anything that is not an
 * option (`invalid_option` at `['options', field]`) rather than throwing.
 *
 * @internal
 */
export function readExportOptions(options: unknown): { ok: true; settings: ExportSettings } | { ok: false; issues: Issue[] } {
  const asked = readOptions(options, ['language', 'credstack', 'recognitions']);
  if (!asked.ok) return asked;
  const issues: Issue[] = [];
  const language = asked.values.get('language') ?? 'en-US';
  if (typeof language !== 'string' || language === '') issues.push(issue('invalid_option', ['options', 'language'], `language must be a language tag such as en-US, got ${showValue(language)}`));
  const credstack = asked.values.get('credstack') ?? true;
  if (typeof credstack !== 'boolean') issues.push(issue('invalid_option', ['options', 'credstack'], `credstack must be true or false, got ${showValue(credstack)}`));
  const recognitions = readIds(asked.values.get('recognitions'), issues);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, settings: { language: language as string, credstack: credstack as boolean, recognitions } };
}

function readIds(value: unknown, issues: Issue[]): string[] | undefined {
  if (value === undefined) return undefined;
  try {
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return [...(value as string[])];
  } catch (error) {
    issues.push(issue('invalid_option', ['options', 'recognitions'], `recognitions cannot be read: ${describeThrown(error)}`));
    return undefined;
  }
  issues.push(issue('invalid_option', ['options', 'recognitions'], `recognitions must be a list of recognition ids, got ${showValue(value)}`));
  return undefined;
}
