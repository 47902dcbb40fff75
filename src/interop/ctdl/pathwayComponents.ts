import type { CtdlNode } from './CtdlNode.js';
import type { ImportContext } from './ImportContext.js';

/**
 * The components of a pathway, each once, in this order: those its
 * `hasPart` lists, those its `hasChild` lists (publishers put them there
 * too), those that say they are `isPartOf` it, and, when the document holds
 * no other pathway, every other component of the document. A reference
 * that names nothing is an issue.
 *
 * @internal
 */
export function pathwayComponents(ctx: ImportContext, pathway: CtdlNode, alone: boolean): CtdlNode[] {
  const found: CtdlNode[] = [];
  const add = (node: CtdlNode | undefined): void => {
    if (node !== undefined && node !== pathway && !found.includes(node)) found.push(node);
  };
  for (const v of [...pathway.values('hasPart'), ...pathway.values('hasChild')]) {
    const node = ctx.graph.resolveValue(v);
    if (node === undefined) ctx.fail('unknown_reference', v.path, 'the pathway names a component the document does not hold');
    add(node);
  }
  for (const node of ctx.graph.nodes) {
    if (!isComponent(node)) continue;
    const partOf = node.values('isPartOf').some((v) => ctx.graph.resolve(v.value) === pathway);
    if (partOf || alone) add(node);
  }
  return found;
}

/** Whether a node is a pathway component (of a class whose name ends in `Component`). @internal */
export function isComponent(node: CtdlNode): boolean {
  return node.types.some((t) => t.endsWith('Component'));
}

/**
 * The components nothing else in the pathway leads to (no other component
 * names them as a child, target, prerequisite or predecessor, and they
 * name no parent and nothing they precede), the destination left out:
 * what a pathway whose destination states no rule is taken to require.
 *
 * @internal
 */
export function pathwayRoots(ctx: ImportContext, components: readonly CtdlNode[]): CtdlNode[] {
  const below = new Set<CtdlNode>();
  for (const node of components) {
    if (node.values('isChildOf').length > 0 || node.values('precedes').length > 0) below.add(node);
    for (const target of referencedBy(ctx, node)) below.add(target);
  }
  return components.filter((c) => !below.has(c) && !ctx.isProgram(c));
}

/** Everything a component names below itself, through its conditions at any depth. */
function referencedBy(ctx: ImportContext, node: CtdlNode): CtdlNode[] {
  const out: CtdlNode[] = [];
  const seen = new Set<CtdlNode>([node]);
  const stack: CtdlNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const term of ['hasChild', 'prerequisite', 'precededBy', 'targetComponent', 'hasCondition']) {
      for (const v of current.values(term)) {
        const found = ctx.graph.resolveValue(v);
        if (found === undefined || seen.has(found)) continue;
        seen.add(found);
        if (found.is('ComponentCondition') || term === 'hasCondition') stack.push(found);
        else out.push(found);
      }
    }
  }
  return out;
}
