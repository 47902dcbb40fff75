import type { Catalog } from '../catalog/Catalog.js';
import type { Issue } from '../issues/Issue.js';
import { issue } from '../_internal/issue.js';

/**
 * The issues with the ids the options name: a program that is no unit of
 * the catalog, or a unit without requirements; a credential that is no
 * unit. Each at its place in the options (`options.programs[1]`).
 *
 * @internal
 */
export function checkCreditMapOptions(catalog: Catalog, programs: readonly string[] | undefined, credentials: readonly string[] | undefined): Issue[] {
  const out: Issue[] = [];
  programs?.forEach((id, i) => {
    const unit = catalog.unit(id);
    if (!unit) out.push(issue('unknown_reference', ['options', 'programs', i], `no unit "${id}" in the catalog`, { received: id }));
    else if (!unit.requirements) out.push(issue('invalid_value', ['options', 'programs', i], `unit "${id}" has no requirements, so it is not a program`, { expected: 'a unit with requirements', received: id }));
  });
  credentials?.forEach((id, i) => {
    if (!catalog.unit(id)) out.push(issue('unknown_reference', ['options', 'credentials', i], `no unit "${id}" in the catalog`, { received: id }));
  });
  return out;
}
