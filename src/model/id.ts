import * as z from 'zod/mini';

/**
 * An identifier: any non-empty string. Ids are data, so `__proto__` or
 * `constructor` are ordinary ids.
 *
 * @category Schemas
 */
export const idSchema = z.string().check(z.minLength(1, { error: 'an id must not be empty' }));

/**
 * An identifier, as {@link idSchema} checks it.
 *
 * @category Documents
 * @useDeclaredType
 */
export type Id = z.infer<typeof idSchema>;
