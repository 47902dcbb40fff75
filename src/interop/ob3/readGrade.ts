import type { Issue } from '../../issues/Issue.js';
import type { GradeScale } from '../../model/gradeScale.js';
import { issue } from '../../_internal/issue.js';
import { gradeRank } from '../../grades/gradeRank.js';
import { json, type Path } from '../vc/values.js';
import { GRADE_RESULT_TYPES } from './GradeResultType.js';
import { asNumber, gradeScaleOf } from './gradeScaleOf.js';
import type { ImportSettings } from './readImportSettings.js';
import type { SubjectView } from './readSubject.js';

/** A grade an Open Badge gives, and the scale the catalog parts may carry for it. @internal */
export interface FoundGrade {
  readonly grade: { readonly scale: string; readonly value: string | number };
  readonly scale?: GradeScale;
}

interface Candidate {
  readonly value: string | number;
  readonly type?: string;
  readonly description?: Readonly<Record<string, unknown>>;
  readonly path: Path;
}

/**
 * The grade of an Open Badge: the `value` of a result whose result
 * description has a grade type (`LetterGrade` before `Percent`, and so on;
 * the first in document order among equals). Its scale is the one the
 * `gradeScales` option names for that type; else the result description
 * itself (its id), described as a grade scale when it lists its values, or
 * else assumed with a warning. Other result values are `unmapped` (kept in
 * extensions). With a catalog, a grade whose scale it lacks, or that is not
 * on its scale, is left out with a warning.
 *
 * @internal
 */
export function readGrade(view: SubjectView, settings: ImportSettings, warnings: Issue[]): FoundGrade | undefined {
  const candidates = gradeCandidates(view);
  const rank = (c: Candidate): number => (GRADE_RESULT_TYPES as readonly (string | undefined)[]).indexOf(c.type);
  const graded = candidates.filter((c) => rank(c) >= 0).sort((a, b) => rank(a) - rank(b));
  const best = graded[0];
  for (const c of candidates) {
    if (c === best) continue;
    const why = rank(c) >= 0 ? 'a record keeps one grade' : `its result type ${c.type ?? '(no result description found)'} is not a grade`;
    warnings.push(issue('unmapped', c.path, `result value ${JSON.stringify(c.value)} is not imported (${why}); it stays in extensions.ob3`));
  }
  return best && onScale(best, settings, warnings);
}

function gradeCandidates(view: SubjectView): Candidate[] {
  const descriptions = new Map<string, Readonly<Record<string, unknown>>>();
  for (const d of json.list(view.achievement['resultDescription'])) {
    const id = json.text(json.get(d, 'id'));
    if (id !== undefined && json.isObject(d) && !descriptions.has(id)) descriptions.set(id, d);
  }
  const out: Candidate[] = [];
  json.list(view.subject['result']).forEach((result, i) => {
    const value = json.get(result, 'value');
    if (typeof value !== 'string' && typeof value !== 'number') return;
    const ref = json.text(json.get(result, 'resultDescription'));
    const description = ref === undefined ? undefined : descriptions.get(ref);
    const type = json.text(json.get(description, 'resultType'));
    const path = [...json.itemPath(view.subjectPath, 'result', view.subject, i), 'value'];
    out.push({ value, path, ...(type !== undefined && { type }), ...(description && { description }) });
  });
  return out;
}

function onScale(c: Candidate, settings: ImportSettings, warnings: Issue[]): FoundGrade | undefined {
  const type = c.type!;
  const value = type === 'LetterGrade' || type === 'PerformanceLevel' ? c.value : asNumber(c.value) ?? c.value;
  const named = settings.gradeScales.get(type);
  if (named !== undefined) return checked({ grade: { scale: named, value } }, settings.catalog?.gradeScale(named), c, warnings);
  const described = json.text(json.get(c.description, 'id'));
  const scaleId = described ?? type;
  const known = settings.catalog?.gradeScale(scaleId);
  const made = !known && described !== undefined && settings.catalogParts ? gradeScaleOf(c.description!, described, type, settings.language) : undefined;
  const scale = made ?? known;
  if (!scale && (settings.catalog || settings.catalogParts)) {
    const lacks = settings.catalog ? 'the catalog lacks' : 'its result description does not describe (it lists no allowedValue)';
    warnings.push(issue('unmapped', c.path, `grade ${JSON.stringify(c.value)} is on scale "${scaleId}", which ${lacks}; left out (kept in extensions.ob3): pass gradeScales.${type}`));
    return undefined;
  }
  if (!scale) {
    const what = described === undefined ? `"${type}"` : `its result description "${described}"`;
    warnings.push(issue('assumed', c.path, `the grade's scale is taken to be ${what}; pass gradeScales.${type} to name a grade scale of your catalog`));
  }
  return checked({ grade: { scale: scaleId, value }, ...(made && { scale: made }) }, scale, c, warnings);
}

function checked(found: FoundGrade, scale: GradeScale | undefined, c: Candidate, warnings: Issue[]): FoundGrade | undefined {
  if (!scale || gradeRank(scale, found.grade.value) !== undefined) return found;
  warnings.push(issue('invalid_grade', c.path, `grade ${JSON.stringify(c.value)} is not on scale "${scale.id}"; left out (kept in extensions.ob3)`));
  return undefined;
}
