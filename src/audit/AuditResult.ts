import type { Reason } from './ReasonCode.js';

/**
 * Where an applied achievement came from.
 *
 * - `direct`: an achievement of the record;
 * - `inferred`: a composite credential the record's `parts` stack into;
 * - `recognized`: granted by `recognition` for the achievement `from`;
 * - `substituted` / `pinned`: placed by the `exception` of that id.
 *
 * @category Audit
 */
export type Provenance =
  | { readonly kind: 'direct' }
  | { readonly kind: 'inferred'; readonly parts: readonly string[] }
  | { readonly kind: 'recognized'; readonly recognition: string; readonly from: string }
  | { readonly kind: 'substituted'; readonly exception: string; readonly origin: Provenance }
  | { readonly kind: 'pinned'; readonly exception: string; readonly origin: Provenance };

/**
 * An achievement applied at a requirement.
 *
 * @category Audit
 */
export interface AppliedAchievement {
  /** The record's achievement id, or the id of an inferred or recognised item. */
  readonly achievement: string;
  /** The unit it counts as. */
  readonly unit: string;
  /** The credits it brings, in the program's credit system. */
  readonly credits: number;
  /** Whether the credits were converted through an approximate factor. */
  readonly approximate: boolean;
  /** False when it lies past a maximum or cap and so does not count. */
  readonly counted: boolean;
  /** True when it is in progress or planned and counted only through look-ahead. */
  readonly lookAhead: boolean;
  readonly provenance: Provenance;
}

/**
 * A requirement's status: `satisfied`, `partial` (some progress),
 * `unmet` (none), or `waived` by an exception.
 *
 * @category Audit
 */
export type NodeStatus = 'satisfied' | 'partial' | 'unmet' | 'waived';

/**
 * Progress toward a minimum: what was applied against what is needed.
 *
 * @category Audit
 */
export interface Progress {
  readonly applied: number;
  readonly needed: number;
}

/**
 * One requirement node in the result, mirroring the program's tree.
 *
 * @category Audit
 */
export interface NodeResult {
  readonly id: string;
  readonly title?: string;
  readonly kind: 'all' | 'any' | 'atLeast' | 'unit' | 'select';
  readonly status: NodeStatus;
  /** True for a `share` overlay, which looks at achievements without consuming them. */
  readonly overlay: boolean;
  readonly progress: {
    readonly credits?: Progress;
    readonly count?: Progress;
    readonly children?: Progress;
  };
  /** Achievements applied here (leaves only). */
  readonly applied: readonly AppliedAchievement[];
  readonly reasons: readonly Reason[];
  readonly children: readonly NodeResult[];
}

/**
 * The outcome of one program policy.
 *
 * @category Audit
 */
export interface PolicyOutcome {
  readonly policy: 'totalCredits' | 'residency' | 'maxRecognized' | 'timeLimit' | 'minGpa';
  readonly met: boolean;
  readonly message: string;
}

/**
 * An achievement of the record that counts nowhere in this audit.
 *
 * @category Audit
 */
export interface UnusedAchievement {
  readonly achievement: string;
  readonly unit?: string;
  readonly reasons: readonly Reason[];
}

/**
 * A composite credential inferred from its parts.
 *
 * @category Audit
 */
export interface InferredCredential {
  readonly id: string;
  readonly unit: string;
  /** The day its last needed part was earned. */
  readonly earnedOn: string;
  readonly parts: readonly string[];
  readonly lookAhead: boolean;
}

/**
 * An exception of the record and what became of it.
 *
 * @category Audit
 */
export interface AppliedException {
  readonly id: string;
  readonly kind: 'waive' | 'substitute' | 'pin' | 'exclude' | 'credit';
  readonly reason: string;
  readonly author: string;
  /** False when it could not take effect (for instance a pin to a requirement the achievement went unused for). */
  readonly applied: boolean;
  readonly note?: string;
}

/**
 * The whole audit of one record against one program. Plain data: JSON-
 * serialisable, and the same for the same input.
 *
 * @category Audit
 */
export interface AuditResult {
  readonly program: { readonly id: string; readonly title: string };
  readonly asOf?: string;
  /** The program's requirements and every policy are met. */
  readonly satisfied: boolean;
  readonly status: 'satisfied' | 'partial' | 'unmet';
  /** False when the allocation's step budget ran out (the result is the best found). */
  readonly optimal: boolean;
  readonly steps: number;
  /** The credit system credit figures are in, when the program has one. */
  readonly creditSystem?: string;
  readonly root: NodeResult;
  readonly policies: readonly PolicyOutcome[];
  readonly unused: readonly UnusedAchievement[];
  readonly inferred: readonly InferredCredential[];
  readonly exceptions: readonly AppliedException[];
  /** Ids of in-progress or planned achievements that counted through look-ahead. */
  readonly lookAhead: readonly string[];
  readonly totals: {
    readonly credits: { readonly applied: number; readonly required?: number; readonly remaining?: number; readonly percent?: number };
    readonly requirements: { readonly satisfied: number; readonly total: number };
  };
}
