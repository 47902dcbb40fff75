import * as z from 'zod/mini';
import { $constructor, $ZodObjectJIT } from 'zod/v4/core';

// zod/mini's objects parse without the compiled fast path zod's classic API
// gives its objects (zod leaves it out of mini to keep bundles small); a
// catalog of 5,000 units then takes a quarter longer to check. This is
// mini's object with that fast path (where the page allows code to be
// compiled; zod falls back where it does not), as zod's classic object is
// made.
const initMiniType: (inst: z.ZodMiniObject, def: z.core.$ZodObjectDef) => void = z.ZodMiniType.init;
const initObjectJit: (inst: z.ZodMiniObject, def: z.core.$ZodObjectDef) => void = $ZodObjectJIT.init;

const ZodMiniObjectJIT = $constructor('ZodMiniObjectJIT', (inst: z.ZodMiniObject, def: z.core.$ZodObjectDef) => {
  initObjectJit(inst, def);
  initMiniType(inst, def);
  Object.defineProperty(inst, 'shape', { get: () => inst._zod.def.shape, configurable: true });
});

/**
 * `z.strictObject` of zod/mini (no unknown keys), parsing with zod's
 * compiled fast path.
 *
 * @internal
 */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T): z.ZodMiniObject<T, z.core.$strict> {
  return new ZodMiniObjectJIT({ type: 'object', shape, catchall: z.never() }) as unknown as z.ZodMiniObject<T, z.core.$strict>;
}
