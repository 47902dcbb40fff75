import type { Issue, IssuePath } from '../../issues/Issue.js';
import { formatPath } from '../../issues/formatPath.js';
import { issue } from '../../_internal/issue.js';
import { safeParseCatalog } from '../../catalog/safeParseCatalog.js';
import type { CtdlImport } from './CtdlImport.js';

/**
 * Checks an import's result as `safeParseCatalog` would check the catalog
 * it goes into, so that what an import returns always passes. A problem
 * (most often in credstack's own round-trip data) is reported at the
 * document node it came from, with where it sits in the imported catalog. A credit system
 * that is not built in (one the `creditUnits` option names) is a warning:
 * the catalog the result goes into must define it.
 *
 * @internal
 */
export function checkImport(result: CtdlImport, sources: ReadonlyMap<object, IssuePath>): { issues: Issue[]; warnings: Issue[] } {
  const checked = safeParseCatalog(result);
  if (checked.success) return { issues: [], warnings: [] };
  const placed = checked.issues.map((found) => {
    const [list, index] = found.path;
    const item = typeof list === 'string' && typeof index === 'number' ? (result as unknown as Record<string, readonly object[] | undefined>)[list]?.[index] : undefined;
    const path = item === undefined ? [] : (sources.get(item) ?? []);
    const extra = found.cycle === undefined ? {} : { cycle: found.cycle };
    return issue(found.code, path, `the imported catalog would not be valid at ${formatPath(found.path)}: ${found.message}`, extra);
  });
  // A credit system the creditUnits option names is the caller's to define in the catalog.
  const systems = (i: Issue): boolean => i.code === 'unknown_credit_system';
  return { issues: placed.filter((i) => !systems(i)), warnings: placed.filter(systems) };
}
