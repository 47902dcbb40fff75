import * as z from 'zod/mini';

const FORMAT_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * The schema of {@link Extensions}. Keys are format names (lower case
 * letters, digits and hyphens, such as `ob3`, `clr` or `ctdl`), so a key can
 * never be `__proto__`; values are kept as given.
 *
 * @category Schemas
 */
export const extensionsSchema = z.pipe(
  z.transform((value: unknown, ctx) => {
    // zod's record skips an own `__proto__` key (JSON.parse makes one) instead
    // of checking it; refusing it here keeps "nothing is lost" true.
    if (value !== null && typeof value === 'object' && Object.hasOwn(value, '__proto__')) {
      ctx.issues.push({ code: 'custom', message: 'an extension key is a format name such as ob3, not __proto__', input: value, path: ['__proto__'] });
    }
    return value;
  }),
  z.record(z.string().check(z.regex(FORMAT_NAME, { error: 'an extension key is a format name: lower case letters, digits and hyphens, such as ob3' })), z.unknown()),
);

/**
 * What an importer read but credstack does not model, kept by format
 * (`ob3`, `clr`, `ctdl`, `edc`) so that nothing is lost and an exporter can
 * write it back. credstack never reads these values to decide anything.
 *
 * @example
 * ```ts
 * const kept: Extensions = { ob3: { image: { id: 'https://example.edu/badge.png', type: 'Image' } } };
 * ```
 *
 * @category Documents
 * @useDeclaredType
 */
export type Extensions = z.infer<typeof extensionsSchema>;
