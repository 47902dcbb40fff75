import type { Issue, IssuePath } from '../../issues/Issue.js';
import type { CatalogIndex } from '../CatalogIndex.js';
import type { MinGrade } from '../../model/qualifiers.js';
import type { Filter } from '../../model/filter.js';
import { issue } from '../../_internal/issue.js';
import { gradeRank } from '../../grades/gradeRank.js';

/**
 * What reference checks need: the catalog's index, the known credit systems,
 * and where to put issues. Its methods report a reference that names nothing.
 *
 * @internal
 */
export class ReferenceContext {
  constructor(
    readonly index: CatalogIndex,
    private readonly hasSystem: (id: string) => boolean,
    readonly issues: Issue[],
  ) {}

  unit(id: string, path: IssuePath, who: string): void {
    if (!this.index.units.has(id)) this.issues.push(issue('unknown_reference', path, `${who} names unit "${id}", which is not in the catalog`));
  }

  organisation(id: string, path: IssuePath, who: string): void {
    if (!this.index.organisations.has(id)) {
      this.issues.push(issue('unknown_reference', path, `${who} names organisation "${id}", which is not in the catalog`));
    }
  }

  system(id: string, path: IssuePath, who: string): void {
    if (!this.hasSystem(id)) {
      this.issues.push(issue('unknown_credit_system', path, `${who} uses credit system "${id}", which is neither built in nor defined in creditSystems`));
    }
  }

  grade(min: MinGrade, path: IssuePath, who: string): void {
    const scale = this.index.gradeScales.get(min.scale);
    if (!scale) {
      this.issues.push(issue('unknown_reference', [...path, 'scale'], `${who} names grade scale "${min.scale}", which is not in the catalog`));
    } else if (gradeRank(scale, min.grade) === undefined) {
      this.issues.push(issue('invalid_grade', [...path, 'grade'], `${who} asks for grade ${JSON.stringify(min.grade)}, which is not on scale "${min.scale}"`));
    }
  }

  filter(filter: Filter, path: IssuePath, who: string): void {
    filter.ids?.forEach((id, i) => this.unit(id, [...path, 'ids', i], who));
    filter.providers?.forEach((id, i) => this.organisation(id, [...path, 'providers', i], who));
    filter.anyOf?.forEach((f, i) => this.filter(f, [...path, 'anyOf', i], who));
    if (Array.isArray(filter.not)) filter.not.forEach((f, i) => this.filter(f, [...path, 'not', i], who));
    else if (filter.not) this.filter(filter.not, [...path, 'not'], who);
  }

  range(from: string | undefined, until: string | undefined, path: IssuePath, who: string): void {
    if (from !== undefined && until !== undefined && from > until) {
      this.issues.push(issue('invalid_range', path, `${who} ends (${until}) before it starts (${from})`));
    }
  }
}
