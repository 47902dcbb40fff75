import type { Exception } from '../model/exception.js';

/**
 * What a plan minimises: one measure, or a weighted mix of them.
 *
 * - `cost`: the money the units cost (in the plan's currency);
 * - `time`: days from the start to the day the last unit ends;
 * - `credits`: the credits taken (in the program's credit system);
 * - `count`: the number of units taken.
 *
 * A weighted mix adds the measures, each times its weight (`{ cost: 1,
 * time: 5 }` prices a day at 5 of the currency).
 *
 * @category Planning
 */
export type PlanObjective =
  | 'cost'
  | 'time'
  | 'credits'
  | 'count'
  | {
      /** The weight of a unit of the plan's currency. */
      readonly cost?: number;
      /** The weight of a day from the start to completion. */
      readonly time?: number;
      /** The weight of a credit taken. */
      readonly credits?: number;
      /** The weight of a unit taken. */
      readonly count?: number;
    };

/**
 * The calendar a plan is scheduled on: terms of one length, one after
 * another from the start date, each with a label when offerings name the
 * terms they run in.
 *
 * @category Planning
 */
export interface PlanCalendar {
  /** How long a term is (ISO 8601 duration); default `P4M`. */
  readonly termLength?: string;
  /**
   * Labels of the terms in turn, repeating (`['spring', 'summer', 'fall']`):
   * a unit whose offering lists `terms` is placed only in terms so labelled.
   * Without labels, offerings' terms are not read.
   */
  readonly labels?: readonly string[];
  /** The most units running in one term; default 4. */
  readonly perTerm?: number;
}

/**
 * Options for {@link plan}.
 *
 * @category Planning
 */
export interface PlanOptions {
  /** The day the plan speaks from (`YYYY-MM-DD`): what the record holds on that day. */
  readonly asOf?: string;
  /** The first term's first day; default `asOf`. One of the two is needed. */
  readonly start?: string;
  /** What to minimise; default `cost`. */
  readonly objective?: PlanObjective;
  /** The currency costs are summed in; default the one the program's institution prices most of its units in (or, when it prices none, most units that could feed the program). */
  readonly currency?: string;
  /**
   * Rates to the plan's currency (`{ EUR: 1.08 }`: one euro is 1.08 of it).
   * A unit priced in a currency with no rate is not planned (and is listed
   * in the result's notes).
   */
  readonly rates?: Readonly<Record<string, number>>;
  /** The most the plan may cost, in the plan's currency. */
  readonly budget?: number;
  /** The latest day the plan may end (`YYYY-MM-DD`). */
  readonly latest?: string;
  /** Units, providers and modes never to plan. */
  readonly avoid?: {
    /** Units never to plan. */
    readonly units?: readonly string[];
    /** Providers whose units are never planned. */
    readonly providers?: readonly string[];
    /** Modes of offering never to plan. */
    readonly modes?: readonly ('online' | 'on-campus' | 'blended')[];
  };
  /**
   * Providers and modes to prefer: among candidate units that weigh the
   * same in the objective, preferred ones are tried first, so that of plans
   * equal on the objective the one found first, and returned, leans to
   * them. It never makes a plan worse on the objective, and it does not
   * promise the plan with the most preferred units.
   */
  readonly prefer?: {
    /** Providers whose units are tried first. */
    readonly providers?: readonly string[];
    /** Modes of offering tried first. */
    readonly modes?: readonly ('online' | 'on-campus' | 'blended')[];
  };
  /** The calendar of terms. */
  readonly calendar?: PlanCalendar;
  /** Look-ahead: let the record's in-progress and/or planned achievements count as done. */
  readonly include?: readonly ('in-progress' | 'planned')[];
  /** What-if: exceptions to apply beside the record's own. */
  readonly exceptions?: readonly Exception[];
  /** Further plans that take other routes (through other composites or recognitions); default 2. */
  readonly alternatives?: number;
  /** Whether to compute the Pareto front of cost against completion; default true. */
  readonly front?: boolean;
  /** The search budget, in search nodes over the whole plan, each 10 steps of the audits it runs counting as one more; default 20,000. */
  readonly stepBudget?: number;
}
