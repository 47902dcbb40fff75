import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import type { Catalog } from '../../src/catalog/Catalog.js';
import type { CatalogDocument } from '../../src/model/catalogDocument.js';
import type { Unit } from '../../src/model/unit.js';

/** The day the small catalogs' plans speak from. */
export const AS_OF = '2025-01-06';

/** An empty record. */
export const EMPTY = { achievements: [] };

/** A 4-credit course of `uni`, costing `cost` USD (no cost when `undefined`), 15 weeks long. */
export function course(id: string, cost: number | undefined, extra: Partial<Unit> = {}): Unit {
  const offering = cost === undefined ? { duration: 'P15W' } : { cost: { amount: cost, currency: 'USD' }, duration: 'P15W' };
  return { id, kind: 'course', title: `Course ${id}`, provider: 'uni', credits: { value: 4, system: 'us-semester' }, subjects: ['cs'], offering, ...extra } as Unit;
}

/** A catalog of the units and a degree `DEG` with the requirements. */
export function catalogOf(units: Unit[], requirements: Unit['requirements'], extra: Partial<CatalogDocument> = {}, title = 'Degree'): Catalog {
  return parseCatalog({
    organisations: [{ id: 'uni', name: 'A University', kind: 'university' }, { id: 'mooc', name: 'A MOOC platform', kind: 'platform' }],
    units: [...units, { id: 'DEG', kind: 'degree', title, provider: 'uni', policies: { creditSystem: 'us-semester' }, requirements } as Unit],
    ...extra,
  });
}

/** Two routes to 8 credits: two local courses (2,000 USD), or two MOOC courses (300 USD) that stack into `MC`, recognised by `r-mc`. */
export function routesCatalog(): Catalog {
  const units: Unit[] = [
    course('L1', 1000),
    course('L2', 1000),
    course('M1', 150, { provider: 'mooc', subjects: ['mooc'] }),
    course('M2', 150, { provider: 'mooc', subjects: ['mooc'] }),
    { id: 'MC', kind: 'micro-credential', title: 'Stack', provider: 'mooc', requirements: { all: [{ unit: 'M1' }, { unit: 'M2' }] } } as Unit,
  ];
  const recognitions = [{ id: 'r-mc', institution: 'uni', program: 'DEG', from: { ids: ['MC'] }, grants: { credits: { value: 8, system: 'us-semester' }, subjects: ['cs'] } }];
  return catalogOf(units, { id: 'root', select: { subjects: ['cs'] }, min: { credits: 8 } }, { recognitions } as Partial<CatalogDocument>);
}

/** Control characters a hostile catalog may carry: terminal escapes, a C1 CSI, a bidirectional override. */
export const HOSTILE = '\u001b[2J\u001b[31m\u009b2J\u202E';

/** Any control character but the line feeds that end lines. */
export const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
