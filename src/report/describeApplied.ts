import type { AppliedAchievement, Provenance } from '../audit/AuditResult.js';
import { describeProvenance } from './describeProvenance.js';
import { formatCredits } from './formatCredits.js';
import { PLAIN_STYLE, type ReportStyle } from './ReportStyle.js';

/**
 * One applied achievement in words: the unit it counts as (and the record's
 * achievement id when it comes from the record), its credits, its
 * provenance, and the flags `(approximate)`, `(look-ahead)` and
 * `(not counted: past maximum)`.
 *
 * @param applied - the applied achievement
 * @param style - how to write ids (plain text by default)
 * @returns the line, without a bullet
 *
 * @example
 * ```ts
 * describeApplied(applied);
 * // 'hes-mgmt-e110 (a-e110), 4 credits, pinned by exception x2'
 * ```
 *
 * @category Reports
 */
export function describeApplied(applied: AppliedAchievement, style: ReportStyle = PLAIN_STYLE): string {
  // Inferred and recognised items have made-up ids; the unit says it all.
  const own = fromRecord(applied.provenance) ? ` (${style.id(applied.achievement)})` : '';
  const flags = [
    applied.approximate ? ' (approximate)' : '',
    applied.lookAhead ? ' (look-ahead)' : '',
    applied.counted ? '' : ' (not counted: past maximum)',
  ].join('');
  return `${style.id(applied.unit)}${own}, ${formatCredits(applied.credits)}, ${describeProvenance(applied.provenance, style)}${flags}`;
}

function fromRecord(provenance: Provenance): boolean {
  if (provenance.kind === 'pinned' || provenance.kind === 'substituted') return fromRecord(provenance.origin);
  return provenance.kind === 'direct';
}
