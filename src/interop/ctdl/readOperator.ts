import type { CtdlNode } from './CtdlNode.js';
import type { ImportContext } from './ImportContext.js';
import { readConcept, readNumber, readText } from './readValues.js';

/**
 * How a condition combines its items: how many are required, and the
 * logical operator, with the terms that said so (so that what was read is
 * not also kept as unmapped).
 *
 * @internal
 */
export interface Operator {
  readonly required: number | undefined;
  readonly logic: 'and' | 'or' | 'not' | undefined;
  readonly terms: readonly string[];
}

/**
 * Reads `requiredNumber` (a whole number; 0 means not given, as publishing
 * tools write it by default) and `logicalOperator` (And, Or, Not, in any
 * vocabulary or case). The 2018 pathway draft's `leftOperand: "reqNum"`,
 * `operand` and `rightOperand` are read as a `requiredNumber`. A
 * `requiredNumber` that is not a whole number is an issue; an operator
 * that is none of the three is reported and ignored.
 *
 * @internal
 */
export function readOperator(ctx: ImportContext, node: CtdlNode): Operator | null {
  const terms: string[] = [];
  let given = node.first('requiredNumber');
  if (given !== undefined) terms.push('requiredNumber');
  else if (readText(node.first('leftOperand')?.value, 'en') === 'reqNum' && node.first('rightOperand') !== undefined) {
    given = node.first('rightOperand');
    terms.push('leftOperand', 'operand', 'rightOperand');
  }
  let required: number | undefined;
  if (given !== undefined) {
    const n = readNumber(given.value);
    if (n === undefined || !Number.isInteger(n) || n < 0) return ctx.fail('invalid_number', given.path, 'requiredNumber must be a whole number', { expected: 'a whole number' });
    required = n === 0 ? undefined : n;
  }
  const operator = node.first('logicalOperator');
  const name = readConcept(operator?.value)?.toLowerCase();
  let logic: Operator['logic'];
  if (name === 'and' || name === 'or' || name === 'not') {
    logic = name;
    terms.push('logicalOperator');
  } else if (operator !== undefined) ctx.warn('unmapped', operator.path, 'a logical operator other than And, Or or Not was ignored (kept in extensions.ctdl)');
  return { required, logic, terms };
}
