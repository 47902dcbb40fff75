import type { Issue } from '../../issues/Issue.js';
import type { DocumentKind } from '../DocumentKind.js';

/**
 * What `credstack validate` found in one file. Serialised as is (without
 * `summary`) by `--json`.
 *
 * @category Command line
 */
export interface FileReport {
  /** The file name as the user gave it. */
  readonly file: string;
  /** The kind of document, or `null` when it could not be told. */
  readonly kind: DocumentKind | null;
  /** True when the file was read and its document is valid. */
  readonly valid: boolean;
  /** The problems found; empty when valid. */
  readonly issues: readonly Issue[];
  /** Things worth a look that do not make the document invalid. */
  readonly warnings: readonly Issue[];
  /** Why the file could not be read (`no such file`, ...), when it could not. */
  readonly error?: string;
  /** The end of the summary line: `valid catalog (6 units, 2 programs)`, `3 issues`. */
  readonly summary: string;
}

/**
 * The report of a file that could not be read, or whose document is invalid.
 *
 * @param file - the file name
 * @param kind - the kind, when known
 * @param issues - the issues found, at least one
 * @returns the report
 *
 * @example
 * ```ts
 * invalidReport('catalog.yaml', 'catalog', result.issues);
 * ```
 *
 * @category Command line
 */
export function invalidReport(file: string, kind: DocumentKind | null, issues: readonly Issue[]): FileReport {
  return { file, kind, valid: false, issues, warnings: [], summary: plural(issues.length, 'issue') };
}

/**
 * Counts with the right noun: `1 issue`, `3 issues`.
 *
 * @param count - how many
 * @param noun - the noun in the singular, made plural with an `s`
 * @returns the phrase
 *
 * @example
 * ```ts
 * plural(2, 'unit'); // '2 units'
 * ```
 *
 * @category Command line
 */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
