import type { Requirement } from '../model/requirement.js';
import { requirementChildren } from '../rules/forEachRequirementNode.js';

/**
 * The units a requirement tree names explicitly (`unit:` nodes and filter
 * `ids`), each once, in order of first mention. Filters that pick units by
 * other properties are not followed.
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
    if ('select' in node) for (const id of node.select.ids ?? []) seen.add(id);
    const children = requirementChildren(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return [...seen];
}
