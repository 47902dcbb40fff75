import * as z from 'zod';
import { idSchema } from './id.js';
import { filterSchema, type Filter } from './filter.js';
import { qualifiersShape, type Qualifiers } from './qualifiers.js';
import { amountsSchema, type Amounts } from './amounts.js';

/**
 * What every requirement node may carry: an id (derived from its path when
 * absent), a title, the qualifiers, and `min`: for a `select` node the
 * credits and count it needs, for any other node a minimum over its whole
 * subtree.
 *
 * @category Documents
 */
export interface RequirementBase extends Qualifiers {
  id?: string;
  title?: string;
  min?: Amounts;
}

/** Satisfied when every child is. @category Documents */
export interface AllRequirement extends RequirementBase {
  all: Requirement[];
}

/** Satisfied when at least one child is. @category Documents */
export interface AnyRequirement extends RequirementBase {
  any: Requirement[];
}

/** Satisfied when at least `atLeast` children are. @category Documents */
export interface AtLeastRequirement extends RequirementBase {
  atLeast: number;
  of: Requirement[];
}

/** Satisfied by an eligible achievement of one unit (or one recognised as it). @category Documents */
export interface UnitRequirement extends RequirementBase {
  unit: string;
}

/**
 * Satisfied when the achievements assigned here match the filter and reach
 * `min`; what lies past `max` does not count.
 *
 * @category Documents
 */
export interface SelectRequirement extends RequirementBase {
  select: Filter;
  max?: Amounts;
}

/**
 * A requirement: a tree of `all`, `any`, `atLeast`, `unit` and `select`
 * nodes, each with optional qualifiers.
 *
 * @example
 * ```ts
 * const scm: Requirement = {
 *   title: 'MicroMasters in Supply Chain Management',
 *   all: [{ unit: 'SC0x' }, { unit: 'SC1x' }, { unit: 'SC2x' }, { unit: 'SC3x' }, { unit: 'SC4x' }, { unit: 'SCMx-CFx' }],
 * };
 * ```
 *
 * @category Documents
 */
export type Requirement =
  | AllRequirement
  | AnyRequirement
  | AtLeastRequirement
  | UnitRequirement
  | SelectRequirement;

/**
 * The greatest nesting of requirement nodes a document may have. Deeper trees
 * are reported as `too_deep` rather than risking the caller's stack.
 *
 * @category Schemas
 */
export const MAX_REQUIREMENT_DEPTH = 32;

const base = {
  id: idSchema.exactOptional(),
  title: z.string().exactOptional(),
  min: amountsSchema.exactOptional(),
  ...qualifiersShape,
};

const children = z.array(z.lazy((): z.ZodType<Requirement> => requirementSchema));

/**
 * The schema of a {@link Requirement}.
 *
 * @category Schemas
 */
export const requirementSchema: z.ZodType<Requirement> = z.lazy(() =>
  z.union(
    [
    z.strictObject({ ...base, all: children }),
    z.strictObject({ ...base, any: children }),
    z.strictObject({ ...base, atLeast: z.number().int().min(0), of: children }),
    z.strictObject({ ...base, unit: idSchema }),
    z.strictObject({ ...base, select: filterSchema, max: amountsSchema.exactOptional() }),
    ],
    { error: REQUIREMENT_UNION_MESSAGE },
  ),
);

/**
 * The message zod gives a requirement node that matches no branch; it marks
 * the union so issues can be reported per node kind.
 *
 * @internal
 */
export const REQUIREMENT_UNION_MESSAGE = 'a requirement needs exactly one of all, any, atLeast, unit, select';

/**
 * The keys that tell requirement nodes apart, in the order the schema tries them.
 *
 * @internal
 */
export const REQUIREMENT_KEYS = ['all', 'any', 'atLeast', 'unit', 'select'] as const;
