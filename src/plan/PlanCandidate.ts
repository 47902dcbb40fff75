import type { Unit } from '../model/unit.js';

/**
 * A unit a plan may add, with what the search needs to know of it.
 *
 * @internal
 */
export interface PlanCandidate {
  /** Its place in the candidates, which are in id order. */
  readonly index: number;
  readonly unit: Unit;
  /** Its cost in the plan's currency; 0 when the catalog gives none. */
  readonly cost: number;
  /** False when the catalog gives no cost for it. */
  readonly costKnown: boolean;
  /** Its credits in the program's credit system (0 when it has none or they do not convert). */
  readonly credits: number;
  /** Days from the plan's start to its last day, were it to start then (its offering's duration, or a term). */
  readonly days: number;
  /** Whether its provider or mode is one the caller prefers. */
  readonly preferred: boolean;
  /** The additive part of the objective: cost, credits and count, weighted. */
  readonly weight: number;
  /**
   * Candidates with the same key are interchangeable to every rule of the
   * program (same leaves, recognitions, credits, dates and prerequisites),
   * so the search takes the lighter of two before the heavier.
   */
  readonly twinKey: string;
}
