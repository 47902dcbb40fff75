import type { Issue } from '../issues/Issue.js';
import { fromZodIssues } from '../_internal/fromZodIssues.js';
import { readData } from '../_internal/readData.js';
import { DEFAULT_MAX_NODES } from '../_internal/parseLimits.js';
import { issue } from '../_internal/issue.js';
import type { PlanOptions } from './PlanOptions.js';
import { planOptionsSchema } from './planOptionsSchema.js';

/**
 * Checks a plan's options: their shape, a start day (`start` or `asOf`), and
 * a latest day not before it.
 *
 * @returns the options as checked and the plan's first day, or the issues (paths under `options`)
 * @internal
 */
export function checkPlanOptions(options: unknown): { readonly ok: true; readonly options: PlanOptions; readonly start: string } | { readonly ok: false; readonly issues: readonly Issue[] } {
  const read = readData(options, { maxNodes: DEFAULT_MAX_NODES, copy: true });
  if (!read.ok) return { ok: false, issues: [{ ...read.issue, path: ['options', ...read.issue.path] }] };
  const opts = planOptionsSchema.safeParse(read.value === undefined ? {} : read.value);
  if (!opts.success) return { ok: false, issues: fromZodIssues(opts.error.issues, read.value, ['options']) };
  const start = opts.data.start ?? opts.data.asOf;
  if (start === undefined) return { ok: false, issues: [issue('invalid_option', ['options', 'start'], 'pass start (the first day of the first term) or asOf: the engine reads no clock')] };
  if (opts.data.latest !== undefined && opts.data.latest < start) {
    return { ok: false, issues: [issue('invalid_range', ['options', 'latest'], `the latest day ${opts.data.latest} is before the start ${start}`)] };
  }
  return { ok: true, options: opts.data as PlanOptions, start };
}
