import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { missingMicrocredentialElements } from '../../src/microcredential/missingMicrocredentialElements.js';
import { MICROCREDENTIAL_ELEMENTS } from '../../src/microcredential/MicrocredentialElement.js';
import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import type { Unit } from '../../src/model/unit.js';
import type { Organisation } from '../../src/model/organisation.js';
import { propertyRuns } from '../_helpers/propertyRuns.js';

const ORGS: Organisation[] = [{ id: 'uni', name: 'Example University', country: 'DE' }, { id: 'nowhere', name: 'No Country' }];

function complete(): Unit {
  return {
    id: 'mc1',
    kind: 'micro-credential',
    title: 'Data Literacy',
    provider: 'uni',
    credits: { value: 3, system: 'ects' },
    level: { framework: 'EQF', value: 5 },
    offering: { mode: 'online' },
    microcredential: {
      learningOutcomes: [{ title: 'Read a chart critically' }],
      assessment: { type: 'project' },
      qualityAssurance: [{ type: 'internal quality assurance' }],
    },
  };
}

const elementsOf = (unit: Unit, orgs: Parameters<typeof missingMicrocredentialElements>[1] = ORGS) =>
  missingMicrocredentialElements(unit, orgs).map((m) => m.element);

describe('missingMicrocredentialElements', () => {
  it('finds nothing missing in a unit with every mandatory element', () => {
    expect(missingMicrocredentialElements(complete(), ORGS)).toEqual([]);
  });

  it('lists, for a bare unit, each mandatory element that belongs to a unit, in the order of the Recommendation, with where it would go', () => {
    const found = missingMicrocredentialElements({ id: 'x', kind: 'micro-credential', title: ' ' }, ORGS);
    expect(found.map((m) => [m.element, m.path])).toEqual([
      ['title', ['title']],
      ['country', ['provider']],
      ['awarding-body', ['provider']],
      ['learning-outcomes', ['microcredential', 'learningOutcomes']],
      ['workload', ['credits']],
      ['level', ['level']],
      ['assessment', ['microcredential', 'assessment', 'type']],
      ['participation', ['offering', 'mode']],
      ['quality-assurance', ['microcredential', 'qualityAssurance']],
    ]);
    const order = found.map((m) => MICROCREDENTIAL_ELEMENTS.indexOf(m.element));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const m of found) expect(m.message.length).toBeGreaterThan(10);
  });

  it("finds the issuer's country on the awarding body, in a list or a catalog", () => {
    expect(elementsOf(complete())).toEqual([]);
    expect(elementsOf(complete(), parseCatalog({ organisations: ORGS, units: [complete()] }))).toEqual([]);
    const noCountry = missingMicrocredentialElements({ ...complete(), provider: 'nowhere' }, ORGS);
    expect(noCountry).toEqual([expect.objectContaining({ element: 'country', organisation: 'nowhere', path: ['country'] })]);
    const unknown = missingMicrocredentialElements(complete());
    expect(unknown).toEqual([expect.objectContaining({ element: 'country', organisation: 'uni', path: ['country'] })]);
    expect(unknown[0]?.message).toContain('no organisations were given');
  });

  it('takes credits or hours as the workload, but not zero of either', () => {
    const { credits: _, ...noCredits } = complete();
    expect(elementsOf({ ...noCredits, workload: { hours: 25 } })).toEqual([]);
    expect(elementsOf(noCredits)).toEqual(['workload']);
    expect(elementsOf({ ...complete(), credits: { value: 0, system: 'ects' } })).toEqual(['workload']);
  });

  it('wants an EQF or QF-EHEA level, unless no level applies', () => {
    expect(elementsOf({ ...complete(), level: { framework: 'qf-ehea', value: 1 } })).toEqual([]);
    const courseLevel = missingMicrocredentialElements({ ...complete(), level: { framework: 'course-level', value: 300 } }, ORGS);
    expect(courseLevel.map((m) => m.element)).toEqual(['level']);
    expect(courseLevel[0]?.message).toContain('course-level');
    const { level: _, ...noLevel } = complete();
    expect(elementsOf(noLevel)).toEqual(['level']);
    expect(elementsOf({ ...noLevel, microcredential: { ...noLevel.microcredential, levelApplies: false } })).toEqual([]);
  });

  it('counts empty lists as missing', () => {
    const unit = complete();
    expect(elementsOf({ ...unit, microcredential: { ...unit.microcredential, learningOutcomes: [], qualityAssurance: [] } })).toEqual([
      'learning-outcomes',
      'quality-assurance',
    ]);
  });

  it('never throws, whatever shape it is handed', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (unit, orgs) => {
        const found = missingMicrocredentialElements(unit as Unit, orgs as Organisation[]);
        for (const m of found) expect(MICROCREDENTIAL_ELEMENTS).toContain(m.element);
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
