import type { CatalogDocument } from '../../model/catalogDocument.js';
import type { ReferenceContext } from './ReferenceContext.js';
import { issue } from '../../_internal/issue.js';
import { gradeRank } from '../../grades/gradeRank.js';

/**
 * Checks each grade scale: grades or a range (not both, not neither), a
 * range that runs forward, a passing grade on the scale, and conversions
 * between grades that exist on both scales.
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
    scale.conversions?.forEach((conv, j) => {
      const target = ctx.index.gradeScales.get(conv.to);
      if (!target) {
        ctx.issues.push(issue('unknown_reference', [...at, 'conversions', j, 'to'], `${who} converts to grade scale "${conv.to}", which is not in the catalog`));
        return;
      }
      conv.map.forEach((m, k) => {
        if (gradeRank(scale, m.from) === undefined) ctx.issues.push(issue('invalid_grade', [...at, 'conversions', j, 'map', k, 'from'], `${JSON.stringify(m.from)} is not on ${who}`));
        if (gradeRank(target, m.to) === undefined) ctx.issues.push(issue('invalid_grade', [...at, 'conversions', j, 'map', k, 'to'], `${JSON.stringify(m.to)} is not on grade scale "${conv.to}"`));
      });
    });
  });
}
