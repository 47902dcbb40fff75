import type { Issue } from '../issues/Issue.js';
import { issue } from './issue.js';
import { showValue } from './showValue.js';

/**
 * How much a document may hold before it is refused with a `too_large`
 * issue, so that hostile input ends quickly and in bounded memory.
 *
 * @internal
 */
export interface ParseLimits {
  /** The most characters a document's text may have. */
  readonly maxSize: number;
  /** The most nodes (objects, lists, keys and scalars) a document may hold. */
  readonly maxNodes: number;
}

/** 50 million characters: far above any real catalog, well below what exhausts memory. @internal */
export const DEFAULT_MAX_SIZE = 50_000_000;

/**
 * One million nodes: about three times a catalog of 5,000 units and 200
 * programs, and about 1 GB at the peak of reading YAML, which costs most.
 *
 * @internal
 */
export const DEFAULT_MAX_NODES = 1_000_000;

/** The limits when the caller sets none. @internal */
export const DEFAULT_LIMITS: ParseLimits = Object.freeze({ maxSize: DEFAULT_MAX_SIZE, maxNodes: DEFAULT_MAX_NODES });

/**
 * The limits an options argument asks for: `maxSize` and `maxNodes` when
 * given (each a whole number at least 1), the defaults otherwise; or the
 * `invalid_option` issues.
 *
 * @internal
 */
export function readLimits(values: ReadonlyMap<string, unknown>): { ok: true; limits: ParseLimits } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const pick = (field: keyof ParseLimits): number => {
    const value = values.get(field);
    if (value === undefined) return DEFAULT_LIMITS[field];
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return value;
    issues.push(issue('invalid_option', ['options', field], `${field} must be a whole number at least 1, got ${showValue(value)}`, { expected: 'a whole number >= 1', received: showValue(value) }));
    return DEFAULT_LIMITS[field];
  };
  const limits = { maxSize: pick('maxSize'), maxNodes: pick('maxNodes') };
  return issues.length > 0 ? { ok: false, issues } : { ok: true, limits };
}
