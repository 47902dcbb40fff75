import type { Catalog } from '../catalog/Catalog.js';
import type { Issue } from '../issues/Issue.js';
import type { SafeResult } from '../issues/Result.js';
import type { CreditMap, CreditMapEntry } from './CreditMapEntry.js';
import type { CreditMapOptions } from './CreditMapOptions.js';
import { isCatalog } from '../_internal/isCatalog.js';
import { issue } from '../_internal/issue.js';
import { readData } from '../_internal/readData.js';
import { DEFAULT_MAX_NODES } from '../_internal/parseLimits.js';
import { fromZodIssues } from '../_internal/fromZodIssues.js';
import { byCodeUnits } from '../_internal/byCodeUnits.js';
import { compile } from '../audit/compile/compile.js';
import { creditMapOptionsSchema } from './creditMapOptionsSchema.js';
import { checkCreditMapOptions } from './checkCreditMapOptions.js';
import { mapProgram } from './mapProgram.js';
import { compareEntries } from './compareEntries.js';

/**
 * Maps which credentials of a catalog count toward which of its programs:
 * for every unit (courses, micro-credentials and other composites, badges,
 * even other programs) and every program, each route it counts by
 * (`direct`, `recognized` through an agreement, `stacked` into a composite
 * that counts), for how many credits in the program's credit system,
 * toward which requirements, and under which conditions. The credits are
 * the audit's own: each credential is audited alone, as one completed,
 * verified achievement with the best grade, earned on a day the rules it
 * meets are in force. Each program is compiled once. Never throws for bad
 * input; never mutates it.
 *
 * @param catalog - a parsed catalog
 * @param options - see {@link CreditMapOptions}
 * @returns the map, or the issues (paths start at `catalog` or `options`)
 *
 * @example
 * ```ts
 * const outcome = safeCreditMap(catalog, { programs: ['mit-scmb'], asOf: '2024-06-30' });
 * if (outcome.success) for (const e of outcome.data.entries) console.log(e.credential, e.route, e.credits);
 * ```
 *
 * @category Credit map
 */
export function safeCreditMap(catalog: Catalog, options: CreditMapOptions = {}): SafeResult<CreditMap> {
  if (!isCatalog(catalog)) return { success: false, issues: [issue('invalid_type', ['catalog'], 'expected a Catalog made by parseCatalog or safeParseCatalog')] };
  const read = readData(options, { maxNodes: DEFAULT_MAX_NODES, copy: true });
  if (!read.ok) return { success: false, issues: [{ ...read.issue, path: ['options', ...read.issue.path] }] };
  const parsed = creditMapOptionsSchema.safeParse(read.value === undefined ? {} : read.value);
  if (!parsed.success) return { success: false, issues: fromZodIssues(parsed.error.issues, read.value, ['options']) };
  const { programs, credentials, asOf } = parsed.data;
  const problems = checkCreditMapOptions(catalog, programs, credentials);
  if (problems.length > 0) return { success: false, issues: problems };
  const programIds = [...new Set(programs ?? catalog.programs.map((p) => p.id))].sort(byCodeUnits);
  const chosen = credentials && new Set(credentials);
  const wanted = (id: string): boolean => chosen === undefined || chosen.has(id);
  const warnings: Issue[] = [];
  const entries: CreditMapEntry[] = [];
  let audits = 0;
  for (const id of programIds) {
    const mapped = mapProgram(compile(catalog, id), wanted, asOf, warnings);
    entries.push(...mapped.entries);
    audits += mapped.audits;
  }
  entries.sort(compareEntries);
  const credentialIds = [...new Set(entries.map((e) => e.credential))];
  return {
    success: true,
    warnings,
    data: {
      ...(asOf !== undefined && { asOf }),
      programs: programIds.map((id) => {
        const unit = catalog.unit(id)!;
        const system = unit.policies?.creditSystem ?? unit.credits?.system;
        return { id, title: unit.title, ...(system !== undefined && { creditSystem: system }) };
      }),
      credentials: credentialIds.map((id) => {
        const unit = catalog.unit(id)!;
        return { id, title: unit.title, kind: unit.kind };
      }),
      entries,
      audits,
    },
  };
}
