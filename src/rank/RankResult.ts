import type { AuditResult } from '../audit/AuditResult.js';
import type { PlanResult } from '../plan/PlanResult.js';

/**
 * What counts toward a ranked program, and how.
 *
 * - `direct`: an achievement of the record meets a requirement itself;
 * - `stacked`: a composite stacked from achievements of the record does;
 * - `recognised`: a recognition turns an achievement (or a composite stacked from several) into what does.
 *
 * @category Planning
 */
export interface CountedCredential {
  /** What counts in the program: the achievement's unit, the composite, or the unit granted. */
  readonly unit: string;
  /** How it counts: `direct`, `stacked` or `recognised`. */
  readonly how: 'direct' | 'stacked' | 'recognised';
  /** The composite and recognition it goes through, in that order (for `stacked` and `recognised`). */
  readonly through?: readonly string[];
  /** The credits it brings, in the program's credit system. */
  readonly credits: number;
  /** The record's achievements it stands on, sorted. */
  readonly achievements: readonly string[];
}

/**
 * One program of a ranking: what the record meets already and what the best
 * plan to finish would take.
 *
 * @category Planning
 */
export interface RankedProgram {
  /** The program ranked. */
  readonly program: {
    /** The program unit's id. */
    readonly id: string;
    /** The program unit's title. */
    readonly title: string;
    /** The program unit's provider, when the catalog names one. */
    readonly provider?: string;
  };
  /** The audit's status. */
  readonly status: AuditResult['status'];
  /** Whether the audit finds the program met, requirements and policies. */
  readonly satisfied: boolean;
  /** The audit's credit totals. */
  readonly credits: AuditResult['totals']['credits'];
  /** The audit's count of requirement nodes satisfied. */
  readonly requirements: AuditResult['totals']['requirements'];
  /** The share of requirements met, 0 to 1. */
  readonly met: number;
  /** What of the record counts toward it, sorted by unit, then how. */
  readonly counted: readonly CountedCredential[];
  /** The best plan to finish (absent when planning was turned off). */
  readonly plan?: {
    /** The plan's status. */
    readonly status: PlanResult['status'];
    /** What the plan's objective weighs it at (0 when complete; absent when no plan was found). */
    readonly objective?: number;
    /** The sum of the known costs of the plan's units (absent when no plan was found). */
    readonly cost?: number;
    /** The currency of `cost`. */
    readonly currency?: string;
    /** True when some unit of the plan has no known cost: the cost is then at least `cost`. */
    readonly costUnknown: boolean;
    /** The day the last unit of the plan ends (absent when no plan was found). */
    readonly completion?: string;
    /** The units of the plan, in schedule order. */
    readonly units: readonly string[];
    /** False when the plan's search ran out of budget: a better plan may exist. */
    readonly optimal: boolean;
  };
  /** The audit behind these figures. */
  readonly audit: AuditResult;
}

/**
 * What {@link rank} returns: the programs closest first.
 *
 * @category Planning
 */
export interface RankResult {
  /** The audit date, when given. */
  readonly asOf?: string;
  /**
   * Closest first: programs the record meets; then those with a plan, by
   * the plan's objective (the cheapest to finish first); then the rest;
   * ties by the share of requirements met (more first), then credits
   * applied (more first), then program id. When the plans are priced in
   * more than one currency and the objective weighs cost, their
   * objectives are not compared (give `plan.currency` and `plan.rates`
   * to compare them): programs with a plan are then ordered by the
   * share met, credits applied and id.
   */
  readonly programs: readonly RankedProgram[];
}
