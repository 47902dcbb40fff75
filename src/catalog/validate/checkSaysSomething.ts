import type { IssuePath } from '../../issues/Issue.js';
import { issue } from '../../_internal/issue.js';
import type { ReferenceContext } from './ReferenceContext.js';

/**
 * Flags a limit written without any of the fields that would make it limit
 * something (`maxPer: { by: subject }`, `residency: {}`): the author meant
 * a figure and left it out, and silently accepting it would check nothing.
 *
 * @param value - the object as written, or undefined when absent
 * @param fields - the fields of which at least one must be given
 * @param path - where it is
 * @param what - how to name it in the message, such as `requirement "core"'s maxPer`
 * @param ctx - where issues go
 * @internal
 */
export function checkSaysSomething(value: object | undefined, fields: readonly string[], path: IssuePath, what: string, ctx: ReferenceContext): void {
  if (value === undefined || fields.some((f) => (value as Record<string, unknown>)[f] !== undefined)) return;
  const options = fields.length === 2 ? `${fields[0]} or ${fields[1]}` : `${fields.slice(0, -1).join(', ')} or ${fields.at(-1)}`;
  ctx.issues.push(issue('invalid_value', path, `no ${options} given in ${what}, so nothing is limited`, { expected: `at least one of ${fields.join(', ')}` }));
}
