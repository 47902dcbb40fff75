import type { CatalogDocument } from '../../model/catalogDocument.js';
import type { ReferenceContext } from './ReferenceContext.js';
import { issue } from '../../_internal/issue.js';
import { checkRequirementTree } from './checkRequirementTree.js';
import { checkGradeScales } from './checkGradeScales.js';
import { checkSaysSomething } from './checkSaysSomething.js';

/**
 * Checks that everything a catalog names exists: providers, accreditors,
 * credit systems, grade scales and grades, units in requirements, filters
 * and recognitions; and that date ranges run forward.
 *
 * @internal
 */
export function checkReferences(doc: CatalogDocument, ctx: ReferenceContext): void {
  doc.organisations?.forEach((org, i) => {
    org.accreditations?.forEach((acc, j) => {
      const at = ['organisations', i, 'accreditations', j];
      ctx.organisation(acc.by, [...at, 'by'], `organisation "${org.id}"'s accreditation`);
      ctx.range(acc.from, acc.until, at, `organisation "${org.id}"'s accreditation`);
    });
  });
  doc.units.forEach((unit, i) => {
    const at = ['units', i];
    const who = `unit "${unit.id}"`;
    if (unit.provider !== undefined) ctx.organisation(unit.provider, [...at, 'provider'], who);
    if (unit.credits) ctx.system(unit.credits.system, [...at, 'credits', 'system'], who);
    if (unit.requirements) checkRequirementTree(unit.requirements, unit.id, [...at, 'requirements'], ctx);
    if (unit.prerequisites) checkRequirementTree(unit.prerequisites, `${unit.id}#prerequisites`, [...at, 'prerequisites'], ctx);
    const policies = unit.policies;
    if (policies?.creditSystem !== undefined) ctx.system(policies.creditSystem, [...at, 'policies', 'creditSystem'], who);
    if (policies?.residency?.institution !== undefined) ctx.organisation(policies.residency.institution, [...at, 'policies', 'residency', 'institution'], who);
    checkSaysSomething(policies?.residency, ['credits', 'share'], [...at, 'policies', 'residency'], `${who}'s residency policy`, ctx);
    checkSaysSomething(policies?.maxRecognized, ['credits', 'share'], [...at, 'policies', 'maxRecognized'], `${who}'s maxRecognized policy`, ctx);
    if (policies && !unit.requirements) ctx.issues.push(issue('invalid_value', [...at, 'policies'], `${who} has policies but no requirements for them to apply to`));
  });
  doc.recognitions?.forEach((rec, i) => checkRecognition(rec, i, ctx));
  checkGradeScales(doc, ctx);
}

function checkRecognition(rec: NonNullable<CatalogDocument['recognitions']>[number], i: number, ctx: ReferenceContext): void {
  const at = ['recognitions', i];
  const who = `recognition "${rec.id}"`;
  ctx.organisation(rec.institution, [...at, 'institution'], who);
  if (rec.program !== undefined) ctx.unit(rec.program, [...at, 'program'], who);
  ctx.filter(rec.from, [...at, 'from'], who);
  rec.grants.units?.forEach((id, j) => ctx.unit(id, [...at, 'grants', 'units', j], who));
  if (rec.grants.credits) ctx.system(rec.grants.credits.system, [...at, 'grants', 'credits', 'system'], who);
  if (!rec.grants.units?.length && !rec.grants.credits) {
    ctx.issues.push(issue('invalid_value', [...at, 'grants'], `${who} grants neither units nor credits`));
  }
  checkSaysSomething(rec.limits, ['credits', 'count'], [...at, 'limits'], `${who}'s limits`, ctx);
  const cond = rec.conditions;
  if (cond?.minGrade) ctx.grade(cond.minGrade, [...at, 'conditions', 'minGrade'], who);
  if (cond?.issuerAccreditedBy !== undefined) ctx.organisation(cond.issuerAccreditedBy, [...at, 'conditions', 'issuerAccreditedBy'], who);
  ctx.range(rec.validFrom, rec.validUntil, at, who);
}
