import type { IssueCode } from './issueCode.js';

/**
 * A path into a document: object keys and array indices from the root.
 *
 * @category Issues
 */
export type IssuePath = readonly (string | number)[];

/**
 * One problem found in the data a caller passed. Issues are plain, frozen,
 * JSON-serialisable objects; the `code` is stable across versions, the
 * `message` is meant for a person (a registrar) to act on.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: 'unknown_reference',
 *   path: ['units', 3, 'provider'],
 *   message: 'unit "SC1x" names provider "mitx", which is not an organisation of the catalog',
 * };
 * ```
 *
 * @category Issues
 */
export interface Issue {
  /** What kind of problem this is. */
  readonly code: IssueCode;
  /** Where in the document the problem is. Empty for the whole document. */
  readonly path: IssuePath;
  /** A readable explanation. */
  readonly message: string;
  /** What was expected, where useful. */
  readonly expected?: string;
  /** What was found, where useful. */
  readonly received?: string;
  /** The ids that form a cycle, for `cycle` issues. */
  readonly cycle?: readonly string[];
  /** Line (1-based) in the source text, where the caller had text to locate. */
  readonly line?: number;
  /** Column (1-based) in the source text. */
  readonly column?: number;
}
