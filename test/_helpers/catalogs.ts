import type { CatalogDocument } from '../../src/model/catalogDocument.js';
import type { Unit } from '../../src/model/unit.js';

/** A course with the given id and optional extra fields. */
export function course(id: string, extra: Partial<Unit> = {}): Unit {
  return { id, kind: 'course', title: `Course ${id}`, ...extra } as Unit;
}

/**
 * A small valid catalog: two organisations, a letter scale, three courses, a
 * composite of two of them, and a program. Tests copy it and break one thing.
 */
export function smallCatalog(): CatalogDocument {
  return {
    organisations: [
      { id: 'uni', name: 'A University', kind: 'university' },
      { id: 'emc', name: 'European MOOC Consortium', kind: 'consortium' },
    ],
    gradeScales: [{ id: 'letter', grades: [{ grade: 'A', points: 4 }, { grade: 'B', points: 3 }, { grade: 'C', points: 2 }, { grade: 'F', points: 0 }], passing: 'C' }],
    units: [
      course('C1', { provider: 'uni', credits: { value: 4, system: 'us-semester' }, subjects: ['math'] }),
      course('C2', { provider: 'uni', credits: { value: 4, system: 'us-semester' }, subjects: ['cs'] }),
      course('C3', { provider: 'uni', credits: { value: 6, system: 'ects' }, prerequisites: { unit: 'C1' } }),
      { id: 'MC', kind: 'micro-credential', title: 'Stack', provider: 'uni', requirements: { all: [{ unit: 'C1' }, { unit: 'C2' }] } },
      {
        id: 'DEG',
        kind: 'degree',
        title: 'Degree',
        provider: 'uni',
        policies: { creditSystem: 'us-semester', totalCredits: 8 },
        requirements: { id: 'root', all: [{ id: 'stack', unit: 'MC' }, { id: 'el', select: { subjects: ['math', 'cs'] }, min: { credits: 4 } }] },
      },
    ],
    recognitions: [{ id: 'r1', institution: 'uni', program: 'DEG', from: { ids: ['MC'] }, grants: { credits: { value: 8, system: 'us-semester' } } }],
  };
}

/** A deep copy of plain data, for tests that break one thing. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}
