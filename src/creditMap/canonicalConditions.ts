import type { CreditCondition } from './CreditCondition.js';
import { byCodeUnits } from '../_internal/byCodeUnits.js';

const ORDER: readonly CreditCondition['kind'][] = ['inForce', 'issuerAccreditedBy', 'verified', 'minGrade', 'earnedWithin', 'earnedBetween', 'validity', 'recognitionLimit', 'maxRecognized'];

/**
 * Conditions without repeats, in the map's order: by kind (dates in force,
 * accreditation, verification, grade, dates earned, validity, then caps),
 * then by source (kind, unit, id), then as JSON.
 *
 * @internal
 */
export function canonicalConditions(conditions: readonly CreditCondition[]): CreditCondition[] {
  const unique = new Map(conditions.map((c) => [JSON.stringify(c), c]));
  return [...unique].sort(([ka, a], [kb, b]) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || byCodeUnits(sourceKey(a), sourceKey(b)) || byCodeUnits(ka, kb)).map(([, c]) => c);
}

function sourceKey(c: CreditCondition): string {
  return `${c.source.kind}\u0000${c.source.unit ?? ''}\u0000${c.source.id}`;
}
