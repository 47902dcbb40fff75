import type { AuditResult } from '../audit/AuditResult.js';

/**
 * One unit of a plan: when it runs and what it is for.
 *
 * @category Planning
 */
export interface PlannedUnit {
  /** The unit's id. */
  readonly unit: string;
  /** The unit's title. */
  readonly title: string;
  /** The unit's provider, when the catalog names one. */
  readonly provider?: string;
  /** How its offering is taught, when the catalog says. */
  readonly mode?: 'online' | 'on-campus' | 'blended';
  /** The term it starts in, counted from 0. */
  readonly term: number;
  /** The first day of that term. */
  readonly starts: string;
  /** The day it ends: its start plus its offering's duration, or the end of its term when it states none. */
  readonly ends: string;
  /** Its cost in the plan's currency; absent when the catalog gives none. */
  readonly cost?: number;
  /** Its credits in the program's credit system. */
  readonly credits: number;
  /** The program's requirements it is applied to in the audit the plan leads to. */
  readonly fills: readonly string[];
  /** The composites it stacks into and the recognitions that carry it (or what it stacks into) into the program, in the order it goes through them. */
  readonly via: readonly string[];
}

/**
 * A term of a plan's schedule.
 *
 * @category Planning
 */
export interface PlanTerm {
  /** The term's place in the schedule, counted from 0. */
  readonly index: number;
  /** The term's label, when the calendar has labels (`fall`). */
  readonly label?: string;
  /** The first day of the term. */
  readonly starts: string;
  /** The last day of the term. */
  readonly ends: string;
  /** The units that run in it (those starting in it, and longer ones started earlier). */
  readonly units: readonly string[];
}

/**
 * One complete plan: the units, their schedule, the totals and the audit it
 * leads to.
 *
 * @category Planning
 */
export interface PlanOption {
  /** The units to take, in schedule order (term, then id). */
  readonly units: readonly PlannedUnit[];
  /** The terms of the schedule, from the first to the one the last unit ends in. */
  readonly terms: readonly PlanTerm[];
  /** What the plan adds up to. */
  readonly totals: {
    /** The sum of known costs, in the plan's currency. */
    readonly cost: number;
    /** Units the catalog gives no cost for: the cost is at least `cost`. */
    readonly costUnknown: readonly string[];
    /** The credits of the units, in the program's credit system. */
    readonly credits: number;
    /** The number of units. */
    readonly count: number;
    /** The day the last unit ends (the start day itself for an empty plan). */
    readonly completion: string;
    /** Days from the start to `completion`. */
    readonly days: number;
    /** What the objective weighs this plan at. */
    readonly objective: number;
  };
  /**
   * The composites stacked and recognitions used on the way (ids, sorted):
   * the route. Two plans with the same route go the same way.
   */
  readonly route: readonly string[];
  /** The audit of the record with the plan's units counted as planned achievements. */
  readonly audit: AuditResult;
}

/**
 * Something a plan's caller should know: `no_rate`, a unit left out for want of
 * a rate to the plan's currency; `unknown_cost`, a unit the catalog gives no
 * cost for, counted as free; `past_time_limit`, an achievement earned too
 * long before the plan for the program's time limit to let it count beside
 * anything planned, left out (its unit may be planned again).
 *
 * @category Planning
 */
export interface PlanNote {
  /** What happened: `no_rate`, `unknown_cost` or `past_time_limit`. */
  readonly code: 'no_rate' | 'unknown_cost' | 'past_time_limit';
  /** The same, for people. */
  readonly message: string;
  /** The unit concerned. */
  readonly unit?: string;
}

/**
 * What {@link plan} returns.
 *
 * @category Planning
 */
export interface PlanResult {
  /** The program planned for. */
  readonly program: {
    /** The program unit's id. */
    readonly id: string;
    /** The program unit's title. */
    readonly title: string;
  };
  /** The day the plan speaks from, when given. */
  readonly asOf?: string;
  /** The first day of the first term. */
  readonly start: string;
  /** The currency costs are summed in, when the plan has one. */
  readonly currency?: string;
  /**
   * `complete`: the record already meets the program; `planned`: `best` completes
   * it; `infeasible`: no set of the catalog's offered units does (within the
   * constraints); `unknown`: the budget ran out before any plan was found.
   */
  readonly status: 'complete' | 'planned' | 'infeasible' | 'unknown';
  /** The best plan (the empty plan when the record is complete). */
  readonly best?: PlanOption;
  /** Up to `alternatives` further plans, each the best whose route differs from the plans before it. */
  readonly alternatives: readonly PlanOption[];
  /** The Pareto front of cost against completion, cheapest first: no plan is both cheaper and earlier than one of these. */
  readonly front: readonly PlanOption[];
  /** When infeasible: the requirements left unmet even with every candidate unit. */
  readonly unmet: readonly string[];
  /** False when the step budget ran out (or an audit did not finish its own search): a better plan may exist. */
  readonly optimal: boolean;
  /** Search nodes visited, over the best plan, the alternatives and the front, and one for every 10 steps the audits they ran took. */
  readonly steps: number;
  /** How many candidate units were considered. */
  readonly candidates: number;
  /** What the caller should know: units left out for want of a rate, units counted as free. */
  readonly notes: readonly PlanNote[];
}
