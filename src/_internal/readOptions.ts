import type { Issue } from '../issues/Issue.js';
import { issue } from './issue.js';
import { describeThrown } from './describeThrown.js';

/** The options a caller passed, field by field, or why they cannot be used. @internal */
export type ReadOptions = { ok: true; values: ReadonlyMap<string, unknown> } | { ok: false; issues: Issue[] };

/**
 * Reads the named fields of an options argument once each, turning
 * anything that is not an object of options (`null`, a string, a revoked
 * Proxy, a getter that throws) into `invalid_option` issues at
 * `['options', field]` instead of a TypeError. A field left out is absent
 * from the map.
 *
 * @internal
 */
export function readOptions(options: unknown, fields: readonly string[]): ReadOptions {
  const values = new Map<string, unknown>();
  if (options === undefined) return { ok: true, values };
  if (options === null || typeof options !== 'object') {
    return { ok: false, issues: [issue('invalid_option', ['options'], `expected an object of options, got ${options === null ? 'null' : typeof options}`)] };
  }
  try {
    Object.getPrototypeOf(options);
  } catch (error) {
    // A revoked Proxy: nothing of it can be read.
    return { ok: false, issues: [issue('invalid_option', ['options'], `the options cannot be read: ${describeThrown(error)}`)] };
  }
  const issues: Issue[] = [];
  for (const field of fields) {
    try {
      const value: unknown = (options as Record<string, unknown>)[field];
      if (value !== undefined) values.set(field, value);
    } catch (error) {
      issues.push(issue('invalid_option', ['options', field], `the option cannot be read: ${describeThrown(error)}`));
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, values };
}
