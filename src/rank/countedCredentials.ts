import type { AuditResult, NodeResult, Provenance } from '../audit/AuditResult.js';
import { byCodeUnits } from '../_internal/byCodeUnits.js';
import type { CountedCredential } from './RankResult.js';

/**
 * What of the record counts in an audit: each unit that counts, directly,
 * stacked into a composite or through a recognition, with its credits and
 * the record's achievements beneath it.
 *
 * @internal
 */
export function countedCredentials(audit: AuditResult): CountedCredential[] {
  const inferred = new Map(audit.inferred.map((c) => [c.id, c]));
  const rootsOf = (key: string, seen = new Set<string>()): string[] => {
    const c = inferred.get(key);
    if (!c || seen.has(key)) return [key];
    seen.add(key);
    return c.parts.flatMap((p) => rootsOf(p, seen));
  };
  const found = new Map<string, { unit: string; how: CountedCredential['how']; through: string[]; credits: number; achievements: Set<string> }>();
  const add = (unit: string, how: CountedCredential['how'], through: string[], credits: number, roots: readonly string[]): void => {
    const key = JSON.stringify([unit, how, through]);
    const known = found.get(key) ?? found.set(key, { unit, how, through, credits: 0, achievements: new Set() }).get(key)!;
    known.credits += credits;
    for (const r of roots) known.achievements.add(r);
  };
  const place = (key: string, unit: string, p: Provenance, credits: number): void => {
    if (p.kind === 'direct') add(unit, 'direct', [], credits, [key]);
    else if (p.kind === 'inferred') add(unit, 'stacked', [unit], credits, rootsOf(key));
    else if (p.kind === 'recognized') {
      const composite = inferred.get(p.from);
      add(unit, 'recognised', composite ? [composite.unit, p.recognition] : [p.recognition], credits, rootsOf(p.from));
    } else place(key, unit, p.origin, credits);
  };
  const walk = (node: NodeResult): void => {
    for (const a of node.applied) if (a.counted) place(a.achievement, a.unit, a.provenance, a.credits);
    node.children.forEach(walk);
  };
  walk(audit.root);
  return [...found.values()]
    .sort((a, b) => byCodeUnits(a.unit, b.unit) || byCodeUnits(a.how, b.how) || byCodeUnits(a.through.join(' '), b.through.join(' ')))
    .map((c) => ({ unit: c.unit, how: c.how, ...(c.through.length > 0 && { through: c.through }), credits: Math.round(c.credits * 1e6) / 1e6, achievements: [...c.achievements].sort(byCodeUnits) }));
}
