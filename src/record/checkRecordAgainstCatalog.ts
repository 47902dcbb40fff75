import type { Issue } from '../issues/Issue.js';
import type { LearnerRecord } from '../model/recordDocument.js';
import type { Catalog } from '../catalog/Catalog.js';
import { issue } from '../_internal/issue.js';
import { gradeRank } from '../grades/gradeRank.js';
import { forEachRequirementNode } from '../rules/forEachRequirementNode.js';

/**
 * Checks a record's references against a catalog: units, grade scales and
 * grades, credit systems, issuers, and the programs and requirement nodes
 * exceptions name. An external id no unit lists is a warning: the
 * achievement is kept but can count for nothing.
 *
 * @internal
 */
export function checkRecordAgainstCatalog(record: LearnerRecord, catalog: Catalog, issues: Issue[], warnings: Issue[]): void {
  record.achievements.forEach((a, i) => {
    const at = ['achievements', i];
    const who = `achievement "${a.id}"`;
    if (a.unit !== undefined && !catalog.unit(a.unit)) issues.push(issue('unknown_reference', [...at, 'unit'], `${who} names unit "${a.unit}", which is not in the catalog`));
    if (a.unit === undefined && a.externalId && !catalog.unitByExternalId(a.externalId.scheme, a.externalId.id)) {
      warnings.push(issue('unknown_reference', [...at, 'externalId'], `${who}: no unit of the catalog lists ${a.externalId.scheme}:${a.externalId.id}, so it counts toward nothing`));
    }
    if (a.grade) {
      const scale = catalog.gradeScale(a.grade.scale);
      if (!scale) issues.push(issue('unknown_reference', [...at, 'grade', 'scale'], `${who} names grade scale "${a.grade.scale}", which is not in the catalog`));
      else if (gradeRank(scale, a.grade.value) === undefined) {
        issues.push(issue('invalid_grade', [...at, 'grade', 'value'], `${who}'s grade ${JSON.stringify(a.grade.value)} is not on scale "${a.grade.scale}"`));
      }
    }
    if (a.credits && !catalog.creditSystems.has(a.credits.system)) {
      issues.push(issue('unknown_credit_system', [...at, 'credits', 'system'], `${who} uses credit system "${a.credits.system}", which the catalog does not define`));
    }
    if (a.issuer !== undefined && !catalog.organisation(a.issuer)) {
      issues.push(issue('unknown_reference', [...at, 'issuer'], `${who} names issuer "${a.issuer}", which is not an organisation of the catalog`));
    }
  });
  record.exceptions?.forEach((e, i) => checkException(e, ['exceptions', i], catalog, issues));
}

function checkException(e: NonNullable<LearnerRecord['exceptions']>[number], at: (string | number)[], catalog: Catalog, issues: Issue[]): void {
  if (e.kind === 'credit' && !catalog.creditSystems.has(e.credits.system)) {
    issues.push(issue('unknown_credit_system', [...at, 'credits', 'system'], `exception "${e.id}" uses credit system "${e.credits.system}", which the catalog does not define`));
  }
  if (e.program !== undefined && !catalog.unit(e.program)?.requirements) {
    issues.push(issue('unknown_reference', [...at, 'program'], `exception "${e.id}" names program "${e.program}", which is not a program of the catalog`));
    return;
  }
  if (!('requirement' in e)) return;
  const programs = e.program !== undefined ? [catalog.unit(e.program)!] : catalog.units.filter((u) => u.requirements);
  const found = programs.some((p) => {
    let hit = false;
    forEachRequirementNode(p.requirements!, p.id, [], ({ id }) => {
      if (id === e.requirement) hit = true;
      return !hit;
    });
    return hit;
  });
  if (!found) issues.push(issue('unknown_reference', [...at, 'requirement'], `exception "${e.id}" names requirement "${e.requirement}", which no program${e.program ? ` "${e.program}"` : ''} has`));
}
