import type { Requirement } from '../model/requirement.js';
import type { Filter } from '../model/filter.js';
import { requirementChildren } from '../rules/forEachRequirementNode.js';

/**
 * The units a requirement tree names explicitly (`unit:` nodes and filter
 * `ids`, those of its `anyOf` filters included), each once, in order of
 * first mention. Filters that pick units by other properties, and the
 * exclusions of `not`, are not followed.
 *
 * @internal
 */
export function unitReferences(root: Requirement | undefined): string[] {
  if (!root) return [];
  const seen = new Set<string>();
  // The order of forEachRequirementNode (parents first, children in order),
  // without the ids and paths it makes for every node: this runs on every
  // unit of every catalog parsed.
  const stack: Requirement[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('unit' in node) seen.add(node.unit);
    if ('select' in node) addFilterIds(node.select, seen);
    const children = requirementChildren(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return [...seen];
}

/** A filter's `ids` and those of its `anyOf` filters, at any depth (a parsed filter is a tree). */
function addFilterIds(filter: Filter, seen: Set<string>): void {
  for (const id of filter.ids ?? []) seen.add(id);
  for (const inner of filter.anyOf ?? []) addFilterIds(inner, seen);
}
