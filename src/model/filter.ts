import * as z from 'zod/mini';
import { strictObject } from '../_internal/strictObject.js';
import { idSchema } from './id.js';
import { unitKindSchema, type UnitKind } from './unitKind.js';
import { adopt, leafSchema, runSchema } from '../_internal/leafSchema.js';
import { describeValue } from '../_internal/describeValue.js';

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
 * - `anyOf`: the unit matches at least one of these filters (an "or").
 * - `not`: the unit matches none of these filters; one filter may be given
 *   without a list.
 *
 * `anyOf` and `not` given as empty lists are issues when a document is
 * parsed: an empty `anyOf` would match no unit, an empty `not` would
 * exclude none.
 *
 * @example
 * ```ts
 * const upperDivisionWriting: Filter = {
 *   patterns: ['CS 4**'],
 *   tags: { any: ['writing-intensive'] },
 * };
 * const quantitative: Filter = {
 *   anyOf: [{ subjects: ['math'] }, { tags: { any: ['quantitative'] } }],
 *   not: [{ ids: ['MATH 100'] }, { tags: { any: ['remedial'] } }],
 * };
 * ```
 *
 * @category Documents
 */
export interface Filter {
  /** the unit is one of these */
  ids?: string[];
  /** the unit's id matches one of these patterns (`"CS 4**"`, `"SC%"`; see Id patterns) */
  patterns?: string[];
  /** the unit's `kind` is one of these (`course`, `badge`, …) */
  kinds?: UnitKind[];
  /** the unit has at least one of these subjects */
  subjects?: string[];
  /** tests on the unit's tags */
  tags?: {
    /** the unit has every one of these tags */
    all?: string[];
    /** the unit has at least one of these tags */
    any?: string[];
    /** the unit has none of these tags */
    none?: string[];
  };
  /** the unit's provider is one of these */
  providers?: string[];
  /** the unit has a level in a framework, at least so high */
  level?: {
    /** the framework (`EQF`, `course-level`) */
    framework: string;
    /** the lowest acceptable level */
    atLeast: number;
  };
  /** the unit shows at least one of these competencies */
  competencies?: string[];
  /** the unit matches at least one of these filters; the other fields must hold as well */
  anyOf?: Filter[];
  /** the unit matches none of these filters (one filter may be given without a list) */
  not?: Filter | Filter[];
}

const tagsSchema = strictObject({
  all: z.exactOptional(z.array(z.string())),
  any: z.exactOptional(z.array(z.string())),
  none: z.exactOptional(z.array(z.string())),
});

const EMPTY_LIST = {
  anyOf: 'anyOf lists no filters, so it would match no unit; list at least one filter, or leave anyOf out',
  not: 'not lists no filters, so it would exclude no unit; list at least one filter, or leave not out',
} as const;

// The filters nested in `anyOf` and `not` go through leaves, so that zod
// sees no cycle (see `leafSchema`). They are checked as these describe them
// in a JSON Schema: a list of at least one filter, or (for `not`) a filter.
const nestedFilter = leafSchema<Filter>((payload) => adopt(payload, runSchema(filterSchema, payload.value)), () => filterSchema);
const nestedList = z.array(nestedFilter);
const describedList = (): z.ZodMiniType => z.array(filterSchema).check(z.minLength(1));

function checkList(payload: z.core.ParsePayload, field: keyof typeof EMPTY_LIST): void {
  if (Array.isArray(payload.value) && payload.value.length === 0) {
    payload.issues.push({ code: 'custom', input: payload.value, message: EMPTY_LIST[field], params: { code: 'invalid_value' } });
    return;
  }
  adopt(payload, runSchema(nestedList, payload.value));
}

const anyOfSchema = leafSchema<Filter[]>((payload) => checkList(payload, 'anyOf'), describedList);

function checkNot(payload: z.core.ParsePayload): void {
  const value = payload.value;
  if (Array.isArray(value)) checkList(payload, 'not');
  else if (value !== null && typeof value === 'object') adopt(payload, runSchema(filterSchema, value));
  else {
    const message = `expected a filter or a list of filters, got ${describeValue(value)}`;
    payload.issues.push({ code: 'custom', input: value, message, params: { code: 'invalid_type' } });
  }
}

const notSchema = leafSchema<Filter | Filter[]>(checkNot, () => z.union([filterSchema, describedList()]));

/**
 * The schema of a {@link Filter}.
 *
 * @category Schemas
 */
export const filterSchema: z.ZodMiniType<Filter> = strictObject({
  ids: z.exactOptional(z.array(idSchema)),
  patterns: z.exactOptional(z.array(z.string().check(z.minLength(1)))),
  kinds: z.exactOptional(z.array(unitKindSchema)),
  subjects: z.exactOptional(z.array(z.string())),
  tags: z.exactOptional(tagsSchema),
  providers: z.exactOptional(z.array(idSchema)),
  level: z.exactOptional(strictObject({ framework: z.string().check(z.minLength(1)), atLeast: z.number() })),
  competencies: z.exactOptional(z.array(z.string())),
  anyOf: z.exactOptional(anyOfSchema),
  not: z.exactOptional(notSchema),
});
