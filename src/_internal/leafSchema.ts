import * as z from 'zod/mini';
// Named imports: reaching core through `z.core` keeps every zod locale in a browser bundle.
import { $ZodAsyncError, processSchema } from 'zod/v4/core';

type Payload = z.core.ParsePayload;

/**
 * A schema that zod sees as a leaf (a `z.custom`): `check` does the work,
 * usually by handing the value to other schemas with {@link runSchema}.
 * In a JSON Schema it stands for `describedBy()` (a `$ref` to it, as a
 * `z.lazy` would be written).
 *
 * Why recursive schemas (a requirement's children, a filter's `not`) go
 * through one: zod 4.6 gives every container whose subtree holds a cycle
 * of schemas (through `z.lazy` or a getter) a memoizer, so that it can parse
 * input holding cycles of objects. That is a WeakMap entry for each object
 * parsed by every such container, from the catalog down to each unit and
 * requirement node, and it nearly doubled the time of the shape check. The
 * documents here are data whose depth `readData` has already bounded, so
 * the cycle is closed through a leaf, and zod sees none.
 *
 * @internal
 */
export function leafSchema<T>(check: (payload: Payload) => void, describedBy: () => z.core.$ZodType): z.ZodMiniType<T> {
  const leaf = z.custom<T>().check(check);
  leaf._zod.processJSONSchema = (ctx, _json, params) => {
    // What zod does for a z.lazy: describe the target, and refer to it.
    const target = describedBy();
    processSchema(target, ctx, params);
    const seen = ctx.seen.get(leaf);
    if (seen) seen.ref = target;
  };
  return leaf;
}

/**
 * Runs a schema on a value inside a check, as a zod container runs its
 * children: the issues come back raw (with paths relative to the value,
 * messages not yet made), so the enclosing parse finishes them as its own.
 *
 * @internal
 */
export function runSchema(schema: z.core.$ZodType, value: unknown): Payload {
  const result = schema._zod.run({ value, issues: [] }, { async: false });
  if (result instanceof Promise) throw new $ZodAsyncError();
  return result;
}

/**
 * Takes the result of {@link runSchema} as the outcome of a check: its
 * value (the parsed copy) and its issues.
 *
 * @internal
 */
export function adopt(payload: Payload, result: Payload): void {
  payload.value = result.value;
  for (const issue of result.issues) payload.issues.push(issue);
}

/**
 * Whether a result stops its parse: as zod judges it, any issue not marked
 * `continue` (unknown keys and failed checks are; wrong types are not).
 *
 * @internal
 */
export function isAborted(result: Payload): boolean {
  return result.aborted === true || result.issues.some((issue) => issue.continue !== true);
}
