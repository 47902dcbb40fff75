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
  /** Units by external id (see {@link externalKey}); the first unit to claim one wins. */
  readonly externalIds: ReadonlyMap<string, Unit>;
}

/**
 * The key of an external id (scheme and id) in {@link CatalogIndex.externalIds}.
 *
 * @internal
 */
export function externalKey(scheme: string, id: string): string {
  return `${scheme}\u0000${id}`;
}

function byExternalId(units: readonly Unit[]): Map<string, Unit> {
  const map = new Map<string, Unit>();
  for (const unit of units) {
    for (const ext of unit.externalIds ?? []) {
      const key = externalKey(ext.scheme, ext.id);
      if (!map.has(key)) map.set(key, unit);
    }
  }
  return map;
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
    externalIds: byExternalId(doc.units),
  };
}
