import type { CatalogDocument } from '../../model/catalogDocument.js';
import type { Issue } from '../../issues/Issue.js';
import { issue } from '../../_internal/issue.js';
import { externalKey } from '../CatalogIndex.js';

const LISTS = ['organisations', 'units', 'recognitions', 'gradeScales', 'creditSystems'] as const;
const NOUN: Record<(typeof LISTS)[number], string> = {
  organisations: 'organisation',
  units: 'unit',
  recognitions: 'recognition',
  gradeScales: 'grade scale',
  creditSystems: 'credit system',
};

/**
 * Reports ids used twice within one list of the catalog, and external ids
 * (scheme and id) claimed by two units.
 *
 * @internal
 */
export function checkDuplicates(doc: CatalogDocument, issues: Issue[]): void {
  for (const list of LISTS) {
    const seen = new Map<string, number>();
    (doc[list] ?? []).forEach((item, index) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, index);
      else issues.push(issue('duplicate_id', [list, index, 'id'], `${NOUN[list]} id "${item.id}" is already used by ${list}[${first}]`));
    });
  }
  const external = new Map<string, string>();
  doc.units.forEach((unit, index) => {
    (unit.externalIds ?? []).forEach((ext, j) => {
      const key = externalKey(ext.scheme, ext.id);
      const owner = external.get(key);
      if (owner === undefined) external.set(key, unit.id);
      else if (owner !== unit.id) {
        issues.push(issue('duplicate_id', ['units', index, 'externalIds', j], `external id ${ext.scheme}:${ext.id} is already claimed by unit "${owner}"`));
      }
    });
  });
}
