import * as z from 'zod';
import { idSchema } from './id.js';
import { unitKindSchema, type UnitKind } from './unitKind.js';
import { adopt, leafSchema, runSchema } from '../_internal/leafSchema.js';

/**
 * Picks units. Every field given must hold (they are joined by AND); a
 * filter with no fields picks every unit.
 *
 * - `ids`: the unit is one of these.
 * - `patterns`: the unit id matches one of these patterns, where `*` stands
 *   for exactly one character and `%` for any run of characters
 *   (`CS 4**` is any 400-level CS course, `SC%` any id starting `SC`).
 * - `kinds`, `providers`: the unit's kind or provider is one of these.
 * - `subjects`, `competencies`: the unit has at least one of these.
 * - `tags`: the unit has `all` of, `any` of, and `none` of these tags.
 * - `level`: the unit has a level in that framework of at least `atLeast`.
 * - `not`: the unit does not match this filter.
 *
 * @example
 * ```ts
 * const upperDivisionWriting: Filter = {
 *   patterns: ['CS 4**'],
 *   tags: { any: ['writing-intensive'] },
 * };
 * ```
 *
 * @category Documents
 */
export interface Filter {
  ids?: string[];
  patterns?: string[];
  kinds?: UnitKind[];
  subjects?: string[];
  tags?: { all?: string[]; any?: string[]; none?: string[] };
  providers?: string[];
  level?: { framework: string; atLeast: number };
  competencies?: string[];
  not?: Filter;
}

const tagsSchema = z.strictObject({
  all: z.array(z.string()).exactOptional(),
  any: z.array(z.string()).exactOptional(),
  none: z.array(z.string()).exactOptional(),
});

/**
 * The schema of a {@link Filter}.
 *
 * @category Schemas
 */
export const filterSchema: z.ZodType<Filter> = z.strictObject({
  ids: z.array(idSchema).exactOptional(),
  patterns: z.array(z.string().min(1)).exactOptional(),
  kinds: z.array(unitKindSchema).exactOptional(),
  subjects: z.array(z.string()).exactOptional(),
  tags: tagsSchema.exactOptional(),
  providers: z.array(idSchema).exactOptional(),
  level: z.strictObject({ framework: z.string().min(1), atLeast: z.number() }).exactOptional(),
  competencies: z.array(z.string()).exactOptional(),
  // Through a leaf, so that zod sees no cycle (see `leafSchema`).
  not: leafSchema<Filter>((payload) => adopt(payload, runSchema(filterSchema, payload.value)), () => filterSchema).exactOptional(),
});
