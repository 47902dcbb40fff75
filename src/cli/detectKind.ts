import type { Issue } from '../issues/Issue.js';
import { issue } from '../_internal/issue.js';
import type { DocumentKind } from './DocumentKind.js';

/**
 * The kind of a document, or the issues that keep it from being known.
 *
 * @category Command line
 */
export type DetectKindResult = { readonly ok: true; readonly kind: DocumentKind } | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Tells a catalog from a record by its content: a document with `units` is
 * a catalog; otherwise one with `achievements` is a record. Any other
 * document gives one issue asking for `--kind`.
 *
 * @param value - the document, already read from its JSON or YAML text
 * @returns the kind, or the issues
 *
 * @example
 * ```ts
 * detectKind({ achievements: [] }); // { ok: true, kind: 'record' }
 * ```
 *
 * @category Command line
 */
export function detectKind(value: unknown): DetectKindResult {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (isObject && Object.hasOwn(value, 'units')) return { ok: true, kind: 'catalog' };
  if (isObject && Object.hasOwn(value, 'achievements')) return { ok: true, kind: 'record' };
  const found = isObject ? 'an object with neither' : `${describe(value)}, not an object with one of them`;
  return {
    ok: false,
    issues: [issue('invalid_type', [], `cannot tell whether this is a catalog (with "units") or a record (with "achievements"): found ${found}; pass --kind catalog or --kind record`, { expected: 'a catalog or a record' })],
  };
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'an empty document';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
