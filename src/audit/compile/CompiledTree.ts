import type { Unit } from '../../model/unit.js';
import type { Amounts } from '../../model/amounts.js';
import type { MinGrade, RecognizedCap } from '../../model/qualifiers.js';
import type { UnitPredicate } from '../../rules/compileFilter.js';

/**
 * What narrows the achievements a leaf may take, gathered from the leaf and
 * all its ancestors: every grade bar, every earned-within period and every
 * earned-between range must hold, and where a node asks for verified
 * achievements, only verified ones pass.
 *
 * @internal
 */
export interface Narrowing {
  readonly minGrades: readonly { readonly node: string; readonly bar: MinGrade }[];
  readonly earnedWithin: readonly { readonly node: string; readonly duration: string }[];
  readonly earnedBetween: readonly { readonly node: string; readonly from?: string; readonly until?: string }[];
  /** The nodes (at the leaf or above it) that take only verified achievements, outermost first. */
  readonly verified: readonly string[];
}

/**
 * One requirement node, flattened for repeated audits.
 *
 * @internal
 */
export interface CompiledNode {
  readonly index: number;
  readonly id: string;
  readonly title?: string;
  readonly kind: 'all' | 'any' | 'atLeast' | 'unit' | 'select';
  readonly children: readonly number[];
  /** The children in id order (the order the allocation and the result read them in). */
  readonly byId: readonly number[];
  /** The parent's index (none for the root). */
  readonly parent?: number;
  readonly need: number;
  readonly min: Amounts;
  /** Leaves: what the allocation needs here (`min`; one achievement when it gives none, and always at least one at a `unit`). */
  readonly leafMin?: Amounts;
  readonly max?: Amounts;
  readonly unit?: string;
  readonly match?: UnitPredicate;
  readonly narrowing: Narrowing;
  readonly maxRecognized?: RecognizedCap;
  readonly maxPer?: { readonly by: 'subject' | 'provider'; readonly count?: number; readonly credits?: number };
  readonly minDistinct?: { readonly by: 'subject' | 'provider' | 'tag' | 'kind'; readonly count: number };
  readonly minGpa?: number;
  /** Limits on what is applied (`limits`), their filters compiled. */
  readonly limits?: readonly { readonly match: UnitPredicate; readonly max: { readonly count?: number; readonly credits?: number } }[];
  /** `claim: needed`: at most `need` children may have anything counted below them. */
  readonly claimNeeded?: boolean;
  /** The top of a `share` overlay with `from: claimed`: it sees only what the rest of the program applies. */
  readonly claimed?: boolean;
  /** A `share` overlay: solved on its own, consuming nothing. */
  readonly overlay: boolean;
}

/**
 * A unit's requirement tree, flattened in preorder (index 0 is the root).
 *
 * @internal
 */
export interface CompiledTree {
  readonly unit: Unit;
  readonly nodes: readonly CompiledNode[];
  readonly byId: ReadonlyMap<string, number>;
}
