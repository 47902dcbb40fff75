import type { CatalogDocument } from '../../model/catalogDocument.js';
import type { GradeScale } from '../../model/gradeScale.js';
import type { IssuePath } from '../../issues/Issue.js';
import type { ReferenceContext } from './ReferenceContext.js';
import { issue } from '../../_internal/issue.js';
import { gradeRank } from '../../grades/gradeRank.js';

type Conversion = NonNullable<GradeScale['conversions']>[number];

/**
 * Checks each grade scale: grades or a range (not both, not neither), a
 * range that runs forward, a passing grade on the scale, and conversions
 * between grades that exist on both scales, each grade converted once, and,
 * from a numeric scale, thresholds that never give a worse grade for a
 * higher one.
 *
 * @internal
 */
export function checkGradeScales(doc: CatalogDocument, ctx: ReferenceContext): void {
  doc.gradeScales?.forEach((scale, i) => {
    const at = ['gradeScales', i];
    const who = `grade scale "${scale.id}"`;
    if (!scale.grades === !scale.range) {
      ctx.issues.push(issue('invalid_value', at, `${who} needs either grades or a range, and not both`));
      return;
    }
    if (scale.range && scale.range.min > scale.range.max) ctx.issues.push(issue('invalid_range', [...at, 'range'], `${who}'s range ends before it starts`));
    if (scale.grades) {
      const seen = new Set<string>();
      scale.grades.forEach((g, j) => {
        if (seen.has(g.grade)) ctx.issues.push(issue('duplicate_id', [...at, 'grades', j, 'grade'], `${who} lists grade "${g.grade}" twice`));
        seen.add(g.grade);
      });
    }
    if (scale.passing !== undefined && gradeRank(scale, scale.passing) === undefined) {
      ctx.issues.push(issue('invalid_grade', [...at, 'passing'], `${who}'s passing grade ${JSON.stringify(scale.passing)} is not on the scale`));
    }
    scale.conversions?.forEach((conv, j) => checkConversion(scale, conv, [...at, 'conversions', j], ctx));
  });
}

function checkConversion(scale: GradeScale, conv: Conversion, at: IssuePath, ctx: ReferenceContext): void {
  const who = `grade scale "${scale.id}"`;
  const target = ctx.index.gradeScales.get(conv.to);
  if (!target) {
    ctx.issues.push(issue('unknown_reference', [...at, 'to'], `${who} converts to grade scale "${conv.to}", which is not in the catalog`));
    return;
  }
  const seen = new Set<string>();
  conv.map.forEach((m, k) => {
    if (gradeRank(scale, m.from) === undefined) ctx.issues.push(issue('invalid_grade', [...at, 'map', k, 'from'], `${JSON.stringify(m.from)} is not on ${who}`));
    if (gradeRank(target, m.to) === undefined) ctx.issues.push(issue('invalid_grade', [...at, 'map', k, 'to'], `${JSON.stringify(m.to)} is not on grade scale "${conv.to}"`));
    const key = String(m.from);
    if (seen.has(key)) ctx.issues.push(issue('duplicate_id', [...at, 'map', k, 'from'], `${who}'s conversion to "${conv.to}" lists ${JSON.stringify(m.from)} twice`));
    seen.add(key);
  });
  if (scale.range) checkThresholds(conv, target, at, `${who}'s conversion to "${conv.to}"`, ctx);
}

/**
 * From a numeric scale the map's `from` values are thresholds (see
 * `convertGrade`); a higher threshold giving a worse grade would make a
 * better mark convert to a worse grade, so it is reported.
 */
function checkThresholds(conv: Conversion, target: GradeScale, at: IssuePath, who: string, ctx: ReferenceContext): void {
  const rows = conv.map
    .map((m, k) => ({ from: m.from, to: m.to, k, rank: gradeRank(target, m.to) }))
    .filter((r): r is typeof r & { from: number; rank: number } => typeof r.from === 'number' && r.rank !== undefined)
    .sort((a, b) => a.from - b.from);
  for (let i = 1; i < rows.length; i++) {
    const lower = rows[i - 1]!;
    const higher = rows[i]!;
    if (higher.rank < lower.rank) {
      ctx.issues.push(
        issue('invalid_value', [...at, 'map', higher.k, 'to'], `${who} gives ${higher.from} and above ${JSON.stringify(higher.to)}, worse than the ${JSON.stringify(lower.to)} it gives ${lower.from}; a higher threshold must not give a worse grade`),
      );
    }
  }
}
