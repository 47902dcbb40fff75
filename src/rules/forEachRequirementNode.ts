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
  /** The node itself. */
  readonly node: Requirement;
  /** Its effective id: its own, or derived from its parent's id and its index. */
  readonly id: string;
  /** Its parent's effective id; `undefined` for the root. */
  readonly parentId: string | undefined;
  /** Where it is in the document. */
  readonly path: IssuePath;
  /** How deep it is: the root is at depth 1. */
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
  const stack: Visit[] = [new Visit(root, root.id ?? rootId, undefined, 1, rootPath)];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (visit(current) === false) continue;
    const key = 'all' in current.node ? 'all' : 'any' in current.node ? 'any' : 'of';
    const children = requirementChildren(current.node);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      stack.push(new Visit(child, child.id ?? `${current.id}/${i}`, current.id, current.depth + 1, { parent: current, key, index: i }));
    }
  }
}

/** Where a visit's path comes from: the root's, or its parent's and two more steps. */
type PathSource = IssuePath | { readonly parent: Visit; readonly key: string; readonly index: number };

/** A visit whose path is built only when read, so walking a deep tree stays linear. */
class Visit implements RequirementVisit {
  private built: IssuePath | undefined;

  constructor(
    readonly node: Requirement,
    readonly id: string,
    readonly parentId: string | undefined,
    readonly depth: number,
    private readonly source: PathSource,
  ) {}

  get path(): IssuePath {
    if (this.built !== undefined) return this.built;
    if (Array.isArray(this.source)) return (this.built = this.source);
    const steps: (string | number)[] = [];
    let v: Visit = this;
    // Walk up to the nearest built (or root) path, then append the steps back down.
    while (v.built === undefined && !Array.isArray(v.source)) {
      const s = v.source as Exclude<PathSource, IssuePath>;
      steps.push(s.index, s.key);
      v = s.parent;
    }
    const base = v.path;
    steps.reverse();
    return (this.built = [...base, ...steps]);
  }
}
