import * as z from 'zod/mini';
import { strictObject } from '../_internal/strictObject.js';
import { idSchema } from './id.js';
import { filterSchema, type Filter } from './filter.js';
import { qualifiersShape, type Qualifiers } from './qualifiers.js';
import { amountsSchema, type Amounts } from './amounts.js';
import { adopt, isAborted, leafSchema, runSchema } from '../_internal/leafSchema.js';

/**
 * What every requirement node may carry: an id (derived from its path when
 * absent), a title, the qualifiers, and `min`: for a `select` node the
 * credits and count it needs, for any other node a minimum over its whole
 * subtree.
 *
 * @category Documents
 */
export interface RequirementBase extends Qualifiers {
  /**
   * the node's id, named by exceptions and in results; derived from its place when absent (see Requirement
   * node ids)
   */
  id?: string;
  /** a readable name for the node, shown in results (`Core courses`) */
  title?: string;
  /**
   * for a `select` node: the credits and/or number of achievements it needs; for any other node: a minimum
   * over everything applied anywhere beneath it
   */
  min?: Amounts;
}

/** Satisfied when every child is. @category Documents */
export interface AllRequirement extends RequirementBase {
  /** the children, all of which must be satisfied; at least one */
  all: Requirement[];
}

/**
 * Satisfied when at least one child is. With `claim: 'needed'`, only one
 * child may take achievements at all (spare alternatives take nothing, not
 * even for a minimum above).
 *
 * @category Documents
 */
export interface AnyRequirement extends RequirementBase {
  /** the alternatives, one of which must be satisfied; at least one */
  any: Requirement[];
  /** only the one alternative needed may have anything counted below it */
  claim?: 'needed';
}

/**
 * Satisfied when at least `atLeast` children are. With `claim: 'needed'`,
 * at most `atLeast` children may take achievements at all.
 *
 * @category Documents
 */
export interface AtLeastRequirement extends RequirementBase {
  /** how many children must be satisfied; not more than there are children */
  atLeast: number;
  /** the children to choose from; at least one */
  of: Requirement[];
  /** only as many children as `atLeast` may have anything counted below them */
  claim?: 'needed';
}

/** Satisfied by an eligible achievement of one unit (or one recognised as it). @category Documents */
export interface UnitRequirement extends RequirementBase {
  /** the unit that must be earned */
  unit: string;
}

/**
 * Satisfied when the achievements assigned here match the filter and reach
 * `min`; what lies past `max` does not count.
 *
 * @category Documents
 */
export interface SelectRequirement extends RequirementBase {
  /** which units' achievements may be assigned here */
  select: Filter;
  /** the most credits and/or achievements that count here */
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

const base = {
  id: z.exactOptional(idSchema),
  title: z.exactOptional(z.string()),
  min: z.exactOptional(amountsSchema),
  ...qualifiersShape,
};

/**
 * A requirement node as a document holds one: checked by the schema of the
 * one node kind its key names, rather than by trying the five in turn, and
 * through a leaf, so that zod sees no cycle (see `leafSchema`). It reports
 * what {@link requirementSchema}, a union of the five, reports.
 */
function nodeSchema(): z.ZodMiniType<Requirement> {
  return leafSchema<Requirement>((payload) => checkNode(payload), () => requirementSchema);
}

/**
 * The schema a unit's `requirements` and `prerequisites` are checked with:
 * {@link requirementSchema}, faster. Not the instance the children use, so
 * that in a JSON Schema the cycle closes on `requirementSchema`, which is
 * written once as the `Requirement` definition.
 *
 * @internal
 */
export const requirementNodeSchema = nodeSchema();

const children = z.array(nodeSchema());

const nodeSchemas = {
  all: strictObject({ ...base, all: children }),
  any: strictObject({ ...base, any: children, claim: z.exactOptional(z.literal('needed')) }),
  atLeast: strictObject({ ...base, atLeast: z.number().check(z.int(), z.minimum(0)), of: children, claim: z.exactOptional(z.literal('needed')) }),
  unit: strictObject({ ...base, unit: idSchema }),
  select: strictObject({ ...base, select: filterSchema, max: z.exactOptional(amountsSchema) }),
};

/**
 * The schema of a {@link Requirement}: a union of the five node kinds, in
 * the order of the node keys (all, any, atLeast, unit, select). Documents check their requirements
 * with `requirementNodeSchema`, which reports the same.
 *
 * @category Schemas
 */
export const requirementSchema: z.ZodMiniType<Requirement> = z.union(
  [nodeSchemas.all, nodeSchemas.any, nodeSchemas.atLeast, nodeSchemas.unit, nodeSchemas.select],
  { error: REQUIREMENT_UNION_MESSAGE },
);

function checkNode(payload: z.core.ParsePayload): void {
  const node = payload.value;
  const kinds = node !== null && typeof node === 'object' && !Array.isArray(node) ? REQUIREMENT_KEYS.filter((key) => Object.prototype.hasOwnProperty.call(node, key)) : [];
  const [only] = kinds;
  if (only !== undefined && kinds.length === 1) {
    adopt(payload, runSchema(nodeSchemas[only], node));
    return;
  }
  // Several kinds, or none: what the union does. A kind whose key is absent
  // fails on its type, so only the kinds present can be the one result
  // that does not stop the parse (one that fails on an unknown key alone).
  const open = kinds.map((key) => runSchema(nodeSchemas[key], node)).filter((result) => !isAborted(result));
  const [sole] = open;
  if (sole && open.length === 1) {
    adopt(payload, sole);
    return;
  }
  payload.issues.push({ code: 'invalid_union', errors: [], input: node, message: REQUIREMENT_UNION_MESSAGE });
}
