import type { CreditCondition } from './CreditCondition.js';

/**
 * How a credential counts toward a program:
 *
 * - `direct`: it meets a requirement of the program itself;
 * - `recognized`: a recognition in force for the program turns it into
 *   local units or credit;
 * - `stacked`: it is a part of a composite credential (a MicroMasters)
 *   that counts, directly or through a recognition.
 *
 * @category Credit map
 */
export type CreditRoute = 'direct' | 'recognized' | 'stacked';

/**
 * What the map took the learner's one achievement to be when it audited
 * it: completed, verified, earned on `earnedOn`, with the best grade of the
 * scale the rules ask about (none when no rule asks for a grade), audited
 * as of `asOf`.
 *
 * @category Credit map
 */
export interface CreditAssumption {
  /** The day it was taken to be earned. */
  readonly earnedOn: string;
  /** The audit date, when the map was given one. */
  readonly asOf?: string;
  /** The grade it was taken to have, when a rule asks for one. */
  readonly grade?: {
    /** The scale the rules ask about. */
    readonly scale: string;
    /** The best grade of that scale. */
    readonly value: string | number;
  };
  /** It was taken to be verified. */
  readonly verified: true;
}

/**
 * One way one credential counts toward one program: a row of the map.
 *
 * @category Credit map
 */
export interface CreditMapEntry {
  /** The credential (any unit of the catalog but the program). */
  readonly credential: string;
  /** The program it counts toward. */
  readonly program: string;
  /** How it counts. */
  readonly route: CreditRoute;
  /** The recognition it goes through (`recognized`, and `stacked` when the composite is recognised). */
  readonly recognition?: string;
  /** `stacked`: the composites from the credential up to the one that counts, innermost first. */
  readonly stack?: readonly string[];
  /**
   * True when holding this credential alone brings these credits; false for
   * a `stacked` row that needs the other parts of the stack too (the
   * credits are then the whole composite's).
   */
  readonly alone: boolean;
  /** The units it is applied as: itself, the units a recognition grants, or the composite. */
  readonly countsAs: readonly string[];
  /** The credits applied, in the program's credit system, as the audit counts them. */
  readonly credits: number;
  /** The program's credit system, when it names one. */
  readonly creditSystem?: string;
  /** True when the credits went through a conversion factor that is a convention. */
  readonly approximate: boolean;
  /** The ids of the requirement leaves it is applied at (overlays included), in id order. */
  readonly requirements: readonly string[];
  /** What must hold for it to count, in a canonical order. */
  readonly conditions: readonly CreditCondition[];
  /** The achievement the map audited (for a `stacked` row that is not `alone`: the composite's). */
  readonly assumed: CreditAssumption;
}

/**
 * A program of the map.
 *
 * @category Credit map
 */
export interface CreditMapProgram {
  /** The program unit's id. */
  readonly id: string;
  /** The program unit's title. */
  readonly title: string;
  /** The program's credit system, when it names one. */
  readonly creditSystem?: string;
}

/**
 * A credential of the map.
 *
 * @category Credit map
 */
export interface CreditMapCredential {
  /** The unit's id. */
  readonly id: string;
  /** The unit's title. */
  readonly title: string;
  /** The unit's kind (`course`, `badge`, ...). */
  readonly kind: string;
}

/**
 * Which credentials count toward which programs, how, for how much and
 * under which conditions. Plain data, JSON-serialisable, the same for the
 * same input. `entries` are sorted by credential id, then program id, then
 * route (`direct`, `recognized`, `stacked`), then the stack and the
 * recognition (ids in code-unit order).
 *
 * @category Credit map
 */
export interface CreditMap {
  /** The audit date, when given. */
  readonly asOf?: string;
  /** The programs mapped, in id order. */
  readonly programs: readonly CreditMapProgram[];
  /** The credentials that count somewhere, in id order. */
  readonly credentials: readonly CreditMapCredential[];
  /** The rows: each way a credential counts toward a program, in the order above. */
  readonly entries: readonly CreditMapEntry[];
  /** How many one-credential audits the map ran (credentials the audit cannot tell apart share one). */
  readonly audits: number;
}
