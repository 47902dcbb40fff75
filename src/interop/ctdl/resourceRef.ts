import type { CtdlNode, CtdlValue } from './CtdlNode.js';
import type { ImportContext } from './ImportContext.js';
import { ctidIn, idFromNodeId } from './ctdlTerms.js';
import { refId } from './readValues.js';

/**
 * What a transfer value's reference (`transferValueFrom`, `transferValueFor`)
 * names: the program (the pathway or its destination), a node of the
 * document (a component, or a resource such as a `ceterms:Course`), a
 * component that is a proxy for the resource named, or, when the document
 * holds none of these, a resource known only by its reference, which
 * becomes a unit titled by its id (reported).
 *
 * @internal
 */
export function resourceRef(ctx: ImportContext, v: CtdlValue): { program: true } | { unit: string; node: CtdlNode | undefined } | undefined {
  const node = ctx.graph.resolveValue(v) ?? proxyFor(ctx, refId(v.value));
  if (node !== undefined) return ctx.isProgram(node) ? { program: true } : { unit: ctx.unitFor(node), node };
  const ref = refId(v.value);
  if (ref === undefined) return undefined;
  const id = ctidIn(ref) ?? idFromNodeId(ref);
  const owner = [...ctx.unitIds].find(([, unit]) => unit === id)?.[0];
  if (owner !== undefined) return { unit: id, node: owner };
  if (!ctx.externals.has(id)) {
    ctx.externals.set(id, v.path);
    ctx.warn('assumed', v.path, `"${ref}" is not in the document: it was imported as a course titled by its id`);
  }
  return { unit: id, node: undefined };
}

/** The component of the document that is a proxy (`proxyFor`) for the resource a reference names. */
function proxyFor(ctx: ImportContext, ref: string | undefined): CtdlNode | undefined {
  if (ref === undefined) return undefined;
  const ctid = ctidIn(ref);
  return ctx.graph.nodes.find((n) =>
    n.values('proxyFor').some((p) => {
      const target = refId(p.value);
      return target !== undefined && (target === ref || (ctid !== undefined && ctidIn(target) === ctid));
    }),
  );
}
