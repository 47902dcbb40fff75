import type { CtdlNode } from './CtdlNode.js';
import type { ImportContext } from './ImportContext.js';
import { readConcept, readNumber } from './readValues.js';

const AT_LEAST = new Set(['GTEQ', 'GE', '>=', 'GREATERTHANOREQUAL', 'GREATERTHANOREQUALTO']);
const SUMS = new Set(['SUM', 'TOTAL']);

/**
 * What a condition's constraints demand, in credstack's terms: a minimum of
 * credits (`leftSource` `ceterms:creditValue`, `comparator` `compare:GTEQ`,
 * `rightSource` a number) is a `min: { credits }` over the condition's
 * subtree; several such are one minimum, the largest. Any other constraint,
 * or a `requiredConstraints` asking for fewer than all, has no place in a
 * credstack tree: it is reported `unmapped` and `exact` is false (the
 * caller keeps the constraints in `extensions.ctdl`).
 *
 * @internal
 */
export function readConstraints(ctx: ImportContext, node: CtdlNode): { credits: number | undefined; exact: boolean } {
  const constraints = node.values('hasConstraint');
  if (constraints.length === 0) return { credits: undefined, exact: true };
  const required = readNumber(node.first('requiredConstraints')?.value);
  if (required !== undefined && required > 0 && required < constraints.length) {
    ctx.warn('unmapped', node.path, `only ${required} of ${constraints.length} constraints need hold here, which credstack cannot state; the constraints were left out (kept in extensions.ctdl)`);
    return { credits: undefined, exact: false };
  }
  let credits: number | undefined;
  let exact = true;
  for (const v of constraints) {
    const constraint = ctx.graph.resolveValue(v);
    const minimum = constraint === undefined ? undefined : creditMinimum(constraint);
    if (minimum === undefined) {
      exact = false;
      ctx.warn('unmapped', v.path, 'a constraint other than a minimum of credits (creditValue >= n) has no place in credstack; it was left out (kept in extensions.ctdl)');
    } else credits = Math.max(credits ?? 0, minimum);
  }
  return { credits, exact };
}

/** The credits a constraint asks at least, when it is `creditValue >= n`. */
function creditMinimum(constraint: CtdlNode): number | undefined {
  const left = constraint.values('leftSource').map((v) => readConcept(v.value));
  const right = constraint.values('rightSource');
  const comparator = readConcept(constraint.first('comparator')?.value)?.toUpperCase();
  const action = readConcept(constraint.first('leftAction')?.value)?.toUpperCase();
  if (left.length !== 1 || left[0] !== 'creditValue' || right.length !== 1) return undefined;
  if (comparator === undefined || !AT_LEAST.has(comparator)) return undefined;
  if (action !== undefined && !SUMS.has(action)) return undefined;
  const value = readNumber(right[0]!.value);
  return value !== undefined && value >= 0 ? value : undefined;
}
