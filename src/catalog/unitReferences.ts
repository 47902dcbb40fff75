import type { Requirement } from '../model/requirement.js';
import { forEachRequirementNode } from '../rules/forEachRequirementNode.js';

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
  forEachRequirementNode(root, '', [], ({ node }) => {
    if ('unit' in node) seen.add(node.unit);
    if ('select' in node) for (const id of node.select.ids ?? []) seen.add(id);
  });
  return [...seen];
}
