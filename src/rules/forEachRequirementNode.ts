import type { Requirement } from '../model/requirement.js';
import type { IssuePath } from '../issues/Issue.js';

/**
 * Where a requirement node sits: its effective id (given, or derived from
 * its parent's id and its index), its parent's id, its path in the document,
 * and its depth (the root is at depth 1).
 *
 * @category Rules
 */
export interface RequirementVisit {
  readonly node: Requirement;
  readonly id: string;
  readonly parentId: string | undefined;
  readonly path: IssuePath;
  readonly depth: number;
}

/**
 * The children of a requirement node, in order (none for `unit` and `select`).
 *
 * @param node - the node
 * @returns its children
 *
 * @category Rules
 */
export function requirementChildren(node: Requirement): readonly Requirement[] {
  if ('all' in node) return node.all;
  if ('any' in node) return node.any;
  if ('of' in node) return node.of;
  return [];
}

/**
 * Visits every node of a requirement tree, parents before children, children
 * in order, without recursion (so a deep tree cannot overflow the stack).
 * A node without an `id` gets `parentId/index`; the root gets `rootId`.
 * Return `false` from `visit` to skip a node's children.
 *
 * @param root - the tree
 * @param rootId - the id the root takes when it has none (a program's id)
 * @param rootPath - the root's path in its document, for issues
 * @param visit - called once per node
 *
 * @example
 * ```ts
 * forEachRequirementNode(program.requirements, program.id, [], ({ id, depth }) => console.log(id, depth));
 * ```
 *
 * @category Rules
 */
export function forEachRequirementNode(
  root: Requirement,
  rootId: string,
  rootPath: IssuePath,
  visit: (visit: RequirementVisit) => boolean | void,
): void {
  const stack: RequirementVisit[] = [{ node: root, id: root.id ?? rootId, parentId: undefined, path: rootPath, depth: 1 }];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (visit(current) === false) continue;
    const key = 'all' in current.node ? 'all' : 'any' in current.node ? 'any' : 'of';
    const children = requirementChildren(current.node);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      stack.push({
        node: child,
        id: child.id ?? `${current.id}/${i}`,
        parentId: current.id,
        path: [...current.path, key, i],
        depth: current.depth + 1,
      });
    }
  }
}
