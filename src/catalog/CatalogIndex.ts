import type { CatalogDocument } from '../model/catalogDocument.js';
import type { Unit } from '../model/unit.js';
import type { Organisation } from '../model/organisation.js';
import type { Recognition } from '../model/recognition.js';
import type { GradeScale } from '../model/gradeScale.js';

/**
 * Maps from id to item for each kind of thing a catalog holds. The first of
 * two items sharing an id wins (the second is reported as a duplicate).
 *
 * @internal
 */
export interface CatalogIndex {
  readonly units: ReadonlyMap<string, Unit>;
  readonly organisations: ReadonlyMap<string, Organisation>;
  readonly recognitions: ReadonlyMap<string, Recognition>;
  readonly gradeScales: ReadonlyMap<string, GradeScale>;
}

function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items ?? []) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

/**
 * Indexes a catalog document by id.
 *
 * @internal
 */
export function indexCatalog(doc: CatalogDocument): CatalogIndex {
  return {
    units: byId(doc.units),
    organisations: byId(doc.organisations),
    recognitions: byId(doc.recognitions),
    gradeScales: byId(doc.gradeScales),
  };
}
