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
  | {
      /** An achievement of the record itself. */
      readonly kind: 'direct';
    }
  | {
      /** A composite credential inferred from its parts. */
      readonly kind: 'inferred';
      /** The achievements it stacks from. */
      readonly parts: readonly string[];
    }
  | {
      /** Granted by a recognition. */
      readonly kind: 'recognized';
      /** The recognition that granted it. */
      readonly recognition: string;
      /** The achievement it was granted for. */
      readonly from: string;
    }
  | {
      /** Placed by a `substitute` exception. */
      readonly kind: 'substituted';
      /** The exception that placed it. */
      readonly exception: string;
      /** Where the achievement came from before the exception placed it. */
      readonly origin: Provenance;
    }
  | {
      /** Placed by a `pin` exception. */
      readonly kind: 'pinned';
      /** The exception that placed it. */
      readonly exception: string;
      /** Where the achievement came from before the exception placed it. */
      readonly origin: Provenance;
    };

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
  /** Where it came from: the record, a stack, a recognition or an exception. */
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
  /** What was applied (credits, achievements or satisfied children). */
  readonly applied: number;
  /** What the node needs. */
  readonly needed: number;
}

/**
 * One requirement node in the result, mirroring the program's tree.
 *
 * @category Audit
 */
export interface NodeResult {
  /** The node's id: its own, or derived from its place in the tree. */
  readonly id: string;
  /** The node's title, when it has one. */
  readonly title?: string;
  /** Which of the five node kinds it is. */
  readonly kind: 'all' | 'any' | 'atLeast' | 'unit' | 'select';
  /** Whether it is satisfied, partly met, unmet or waived. */
  readonly status: NodeStatus;
  /** True for a `share` overlay, which looks at achievements without consuming them. */
  readonly overlay: boolean;
  /** How far the node is toward each minimum it has. */
  readonly progress: {
    /** Credits applied against the credits needed, where the node has such a minimum. */
    readonly credits?: Progress;
    /** Achievements applied against the number needed, where the node has such a minimum. */
    readonly count?: Progress;
    /** Children satisfied against children needed, for inner nodes. */
    readonly children?: Progress;
  };
  /** Achievements applied here (leaves only). */
  readonly applied: readonly AppliedAchievement[];
  /** Why it is not satisfied (empty when it is). */
  readonly reasons: readonly Reason[];
  /** The results of its children, in the order of the tree. */
  readonly children: readonly NodeResult[];
}

/**
 * The outcome of one program policy.
 *
 * @category Audit
 */
export interface PolicyOutcome {
  /** Which policy of the program's `policies`. */
  readonly policy: 'totalCredits' | 'residency' | 'maxRecognized' | 'timeLimit' | 'minGpa';
  /** Whether it holds. */
  readonly met: boolean;
  /** What was found, with the figures, for people. */
  readonly message: string;
}

/**
 * An achievement of the record that counts nowhere in this audit.
 *
 * @category Audit
 */
export interface UnusedAchievement {
  /** The record's achievement id. */
  readonly achievement: string;
  /** The unit it is an achievement of, when the catalog has one. */
  readonly unit?: string;
  /** Why it counts nowhere. */
  readonly reasons: readonly Reason[];
}

/**
 * A composite credential inferred from its parts.
 *
 * @category Audit
 */
export interface InferredCredential {
  /** The key applied achievements use for it. */
  readonly id: string;
  /** The composite unit it is an achievement of. */
  readonly unit: string;
  /** The day its last needed part was earned. */
  readonly earnedOn: string;
  /** The achievements it stacks from. */
  readonly parts: readonly string[];
  /** True when it stands on in-progress or planned parts, through look-ahead. */
  readonly lookAhead: boolean;
}

/**
 * An exception of the record and what became of it.
 *
 * @category Audit
 */
export interface AppliedException {
  /** The exception's id in the record. */
  readonly id: string;
  /** What it decides. */
  readonly kind: 'waive' | 'substitute' | 'pin' | 'exclude' | 'credit';
  /** Why, in the exception's words. */
  readonly reason: string;
  /** Who decided it. */
  readonly author: string;
  /** False when it could not take effect (for instance a pin to a requirement the achievement went unused for). */
  readonly applied: boolean;
  /** Why it could not take effect, when it could not. */
  readonly note?: string;
}

/**
 * The whole audit of one record against one program. Plain data: JSON-
 * serialisable, and the same for the same input.
 *
 * @category Audit
 */
export interface AuditResult {
  /** The program audited. */
  readonly program: {
    /** The program unit's id. */
    readonly id: string;
    /** The program unit's title. */
    readonly title: string;
  };
  /** The audit date, when given. */
  readonly asOf?: string;
  /** The program's requirements and every policy are met. */
  readonly satisfied: boolean;
  /** `satisfied`, `partial` (something applied or some requirement met) or `unmet`. */
  readonly status: 'satisfied' | 'partial' | 'unmet';
  /** False when the allocation's step budget ran out (the result is the best found). */
  readonly optimal: boolean;
  /** Search steps the allocation took. */
  readonly steps: number;
  /** The credit system credit figures are in, when the program has one. */
  readonly creditSystem?: string;
  /** The requirement tree. It reflects the tree only; the policies are in `policies` and in `satisfied`. */
  readonly root: NodeResult;
  /** The outcome of each policy the program gives. */
  readonly policies: readonly PolicyOutcome[];
  /** Each achievement of the record that counts nowhere, with its reasons. */
  readonly unused: readonly UnusedAchievement[];
  /** The composite credentials stacked from the record's achievements. */
  readonly inferred: readonly InferredCredential[];
  /** Each exception in force, and whether it took effect. */
  readonly exceptions: readonly AppliedException[];
  /** Ids of in-progress or planned achievements that counted through look-ahead. */
  readonly lookAhead: readonly string[];
  /** The figures of the whole audit. */
  readonly totals: {
    /** Credits applied, and, where the program needs a total, what is required and what remains. */
    readonly credits: {
      /** The credits applied. */
      readonly applied: number;
      /** The credits needed: the `totalCredits` policy, or the root's `min.credits`. */
      readonly required?: number;
      /** The credits still to earn. */
      readonly remaining?: number;
      /** The share of the required credits applied, as a percentage (at most 100, to one decimal). */
      readonly percent?: number;
    };
    /** How many requirement nodes are satisfied. */
    readonly requirements: {
      /** The nodes satisfied (waived ones included). */
      readonly satisfied: number;
      /** All the nodes of the tree. */
      readonly total: number;
    };
  };
}
