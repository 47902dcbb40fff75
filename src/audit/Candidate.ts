import type { Unit } from '../model/unit.js';
import type { Credits } from '../model/credits.js';
import type { Provenance } from './AuditResult.js';

/**
 * Something that may be applied to a requirement: an eligible achievement of
 * the record, a composite inferred from parts, or credit granted by a
 * recognition.
 *
 * @internal
 */
export interface Candidate {
  /** Unique within one audit. */
  readonly key: string;
  /** The unit filters see (for granted credit, a stand-in built from the source and the grant). */
  readonly unit: Unit;
  /** The unit reported. */
  readonly unitId: string;
  /** When it was earned; for an undated look-ahead achievement, the audit date (or the far future without one). */
  readonly earnedOn: string;
  /** True for a look-ahead achievement with no date of its own: time limits do not apply to it. */
  readonly undated?: true;
  readonly grade?: { readonly scale: string; readonly value: string | number };
  readonly credits?: Credits;
  /** Who issued it: the achievement's issuer, else the unit's provider. */
  readonly issuer?: string;
  readonly verified: boolean;
  /** In progress or planned, counted through look-ahead. */
  readonly lookAhead: boolean;
  /** The record achievements it stands on; two candidates sharing one cannot both be applied. */
  readonly roots: ReadonlySet<string>;
  /**
   * Keys of candidates it may not be applied with, beside those sharing a
   * root (a held credential and the one its parts make, or two ways of
   * stacking one composite); credit granted for any of them is excluded too.
   */
  readonly exclusive?: ReadonlySet<string>;
  /** For a composite stacked another way than the preferred one: the preferred way's key. */
  readonly variantOf?: string;
  /** Candidates granted together for one source by one recognition may be applied together. */
  readonly grantGroup?: string;
  readonly provenance: Provenance;
}

/**
 * Whether two candidates stand on a common achievement (and so cannot both
 * be applied), unless they were granted together.
 *
 * @internal
 */
export function candidatesConflict(a: Candidate, b: Candidate): boolean {
  if (a.grantGroup !== undefined && a.grantGroup === b.grantGroup) return false;
  if (a.exclusive?.has(credentialOf(b)) || b.exclusive?.has(credentialOf(a))) return true;
  for (const root of a.roots) if (b.roots.has(root)) return true;
  return false;
}

/**
 * The key of the credential a candidate is: its own, or for granted credit
 * the source's, so that credit granted for one of two exclusive candidates
 * is exclusive of the other and of what is granted for it.
 *
 * @internal
 */
export function credentialOf(c: Candidate): string {
  return c.provenance.kind === 'recognized' ? c.provenance.from : c.key;
}

/**
 * Tie-break order: earlier earned first, then key order.
 *
 * @internal
 */
export function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.earnedOn !== b.earnedOn) return a.earnedOn < b.earnedOn ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
