/**
 * The allocation problem in the abstract: what the audit compiler hands to
 * the solver once eligibility, stacking and recognition are done and every
 * filter and narrowing qualifier has been turned into lists of eligible
 * items. Plain data, indices everywhere, no catalog types, so the solver and
 * its exhaustive oracle can be tested on their own.
 *
 * @internal
 */

/** A per-key cap: by primary subject or by provider. @internal */
export type GroupKey = 'subject' | 'provider';

/** What `minDistinct` counts: subjects (every one an item has), providers, tags or kinds. @internal */
export type DistinctKey = 'subject' | 'provider' | 'tag' | 'kind';

/** One candidate achievement (original, inferred or recognised). @internal */
export interface AllocItem {
  /** Credits in the program's credit system (0 when it carries none). */
  readonly credits: number;
  /** Whether it came through a recognition (counts against maxRecognized). */
  readonly recognized: boolean;
  /** Grade points, when graded on a scale with points; used by minGpa (weighted by contributed credits). */
  readonly points?: number;
  /** Its primary subject, for maxPer by subject. */
  readonly subject?: string;
  /** Every subject it has, for minDistinct by subject (just `subject` when absent). */
  readonly subjects?: readonly string[];
  /** Its tags, for minDistinct by tag. */
  readonly tags?: readonly string[];
  /** Its unit's kind, for minDistinct by kind. */
  readonly kind?: string;
  /** Its provider, for maxPer / minDistinct by provider. */
  readonly provider?: string;
  /**
   * Items that may not be assigned together with this one (a composite and
   * its parts; a recognised item and its source). Symmetric.
   */
  readonly conflicts: readonly number[];
  /** A leaf (node index) this item must be assigned to (pin / substitute). */
  readonly pinned?: number;
  /** Earned at the home institution (counts toward residency). */
  readonly home?: boolean;
  /** Day it was earned, as a day number (only compared), for the time limit. */
  readonly earned?: number;
  /**
   * Last day (day number) that the time limit allows when this item is the
   * earliest applied one: `earned + timeLimit`.
   */
  readonly windowEnd?: number;
}

/** At most `count` of `items`, and at most `credits` of their credits, count at (or below) a node. @internal */
export interface AllocLimit {
  /** Item indices the limit concerns, ascending. */
  readonly items: readonly number[];
  readonly count?: number;
  readonly credits?: number;
}

/** A minimum or maximum of credits and/or count. @internal */
export interface AllocAmounts {
  readonly credits?: number;
  readonly count?: number;
}

/** One node of the requirement tree (overlays already cut out). @internal */
export interface AllocNode {
  /** `leaf` for unit and select nodes; the rest combine children. */
  readonly kind: 'all' | 'any' | 'atLeast' | 'leaf';
  /** Child node indices (empty for leaves). */
  readonly children: readonly number[];
  /** For internal nodes: how many children must be satisfied. */
  readonly need: number;
  /**
   * Leaf: the credits and count it needs (a unit leaf needs count 1; a
   * select leaf with no minimum needs count 1). Internal: minimums over all
   * items assigned anywhere in its subtree.
   */
  readonly min: AllocAmounts;
  /** Leaf only: what lies past these does not count. */
  readonly max?: AllocAmounts;
  /** Leaf only: item indices that may be assigned here. */
  readonly eligible: readonly number[];
  /** At most this much may come from recognised items (credits, count, share 0..1). */
  readonly maxRecognized?: AllocAmounts & { readonly share?: number };
  /** At most so many items / credits per key count. */
  readonly maxPer?: { readonly by: GroupKey; readonly count?: number; readonly credits?: number };
  /** At least this many distinct keys among the items that count. */
  readonly minDistinct?: { readonly by: DistinctKey; readonly count: number };
  /**
   * The grade-point average of the items that count must reach this: the
   * mean of `points` weighted by the credits each contributes, over graded
   * items contributing credit (the plain mean over graded items when none
   * does, or when the problem says `plainGpa`; never met when none is
   * graded).
   */
  readonly minGpa?: number;
  /**
   * Internal nodes: at most `need` children may have anything counted at or
   * below them (a test: the node fails when more do).
   */
  readonly claimNeeded?: boolean;
  /** Limits on what counts among some items: caps at a leaf, tests on an internal node. */
  readonly limits?: readonly AllocLimit[];
  /**
   * An overlay that sees only what the rest applies (`from: claimed`): the
   * node takes no items and has no children here; it is satisfied when
   * this problem (its own subtree, over the same items), with only the
   * items counted at some leaf of the main problem available, can be
   * satisfied. It counts no progress.
   */
  readonly claimed?: AllocationProblem;
  /**
   * Decided outside the allocation: `true` for a waived node or a satisfied
   * overlay, `false` for an unsatisfied overlay. Its subtree takes no items.
   */
  readonly fixed?: boolean;
}

/**
 * A cap on what may be assigned (anywhere) from a set of items, such as a
 * transfer agreement's limit: at most `maxCount` of `items` assigned, and
 * the credits (item `credits`, not contributions) of the assigned ones at
 * most `maxCredits`. A cap below 0 acts as 0. @internal
 */
export interface AllocGroup {
  /** Item indices (out-of-range and repeated entries are ignored). */
  readonly items: readonly number[];
  readonly maxCount?: number;
  readonly maxCredits?: number;
}

/** The whole problem. Node 0 is the root. @internal */
export interface AllocationProblem {
  /** Items in tie-break order: earlier earned first, then id order. */
  readonly items: readonly AllocItem[];
  readonly nodes: readonly AllocNode[];
  /**
   * Caps over sets of items: a validity constraint, like `conflicts` (an
   * assignment breaking one is invalid; see `isValidAssignment`).
   */
  readonly groups?: readonly AllocGroup[];
  /** Every `minGpa` (nodes and policy) over the plain mean of points, not weighted by credits. */
  readonly plainGpa?: boolean;
  /**
   * The program's policies, tested beside node 0: the program is satisfied
   * when node 0 is and every policy given holds over the applied items.
   */
  readonly policies?: {
    /** Applied (counted) credits in all reach this. */
    readonly totalCredits?: number;
    /** Applied credits from `home` items reach `credits`, and `share` of all applied credits. */
    readonly residency?: { readonly credits?: number; readonly share?: number };
    /** Applied credits from `recognized` items stay within `credits` and `share` of all applied credits. */
    readonly maxRecognized?: { readonly credits?: number; readonly share?: number };
    /** The credit-weighted GPA over applied graded items reaches this (as a node's `minGpa`). */
    readonly minGpa?: number;
    /** Every applied item earned no later than the `windowEnd` of the earliest applied item. */
    readonly timeLimit?: boolean;
  };
}

/** An assignment: for each item, the leaf it is assigned to, or -1. @internal */
export type Assignment = readonly number[];
