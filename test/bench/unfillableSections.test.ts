import { describe, expect, it } from 'vitest';
import type { CatalogDocument } from '../../src/model/catalogDocument.js';
import type { Requirement } from '../../src/model/requirement.js';
import type { Unit } from '../../src/model/unit.js';
import { unfillableSections } from './unfillableSections.js';

const offering = { cost: { amount: 100, currency: 'USD' } };
const course = (id: string, provider: string, subject: string, extra: Partial<Unit> = {}): Unit =>
  ({ id, kind: 'course', title: id, provider, subjects: [subject], credits: { value: 5, system: 'ects' }, level: { framework: 'eqf', value: 6 }, offering, ...extra });
const units: Unit[] = [
  course('P CS 1', 'plat-p', 'CS'),
  course('P CS 2', 'plat-p', 'CS'),
  course('Q DS 1', 'plat-q', 'DS', { level: { framework: 'us-course-level', value: 300 } }),
  course('U MATH 1', 'uni', 'MATH', { subjects: ['MATH', 'CS'] }),
  { id: 'U HIST 1', kind: 'course', title: 'No longer offered', provider: 'uni', subjects: ['HIST'] },
];

function catalogWith(sections: Requirement[]): CatalogDocument {
  const program: Unit = { id: 'PROG', kind: 'degree', title: 'Program', provider: 'uni', policies: { creditSystem: 'ects' }, requirements: { all: sections } };
  return { id: 'c', name: 'c', version: '1', units: [...units, program] };
}

const reasons = (sections: Requirement[]): string[] => unfillableSections(catalogWith(sections)).map((s) => `${s.section}: ${s.reason}`);

describe('unfillableSections', () => {
  it('passes sections some units can fill', () => {
    expect(reasons([
      { id: 'a', unit: 'P CS 1' },
      { id: 'b', select: { providers: ['plat-p'], subjects: ['CS'] }, min: { count: 2, credits: 10 } },
      { id: 'c', any: [{ unit: 'U HIST 1' }, { unit: 'P CS 2' }] },
      { id: 'd', atLeast: 1, of: [{ unit: 'NOPE' }, { unit: 'P CS 2' }] },
      { id: 'e', select: { subjects: ['CS', 'MATH'] }, min: { count: 2 }, maxPer: { by: 'subject', count: 1 }, minDistinct: { by: 'subject', count: 2 } },
    ])).toEqual([]);
  });

  it('names sections no units can fill, and why', () => {
    expect(reasons([
      { id: 'a', title: 'Gone', unit: 'U HIST 1' },
      { id: 'b', title: 'No platform teaches it', select: { providers: ['plat-p', 'plat-q'], subjects: ['HIST'] }, min: { count: 1 } },
      { id: 'c', title: 'Wrong level scale', select: { providers: ['plat-q'], level: { framework: 'eqf', atLeast: 6 } }, min: { count: 1 } },
      { id: 'd', title: 'Too few credits', select: { providers: ['plat-p'] }, min: { credits: 15 } },
      { id: 'e', title: 'One per platform', select: { subjects: ['CS'] }, min: { count: 3 }, maxPer: { by: 'provider', count: 1 } },
      { id: 'f', title: 'Distinct', select: { providers: ['plat-p'] }, min: { count: 2 }, minDistinct: { by: 'subject', count: 2 } },
      { id: 'g', title: 'Two of three', atLeast: 2, of: [{ unit: 'NOPE' }, { unit: 'U HIST 1' }, { unit: 'P CS 1' }] },
    ])).toEqual([
      'a Gone: unit U HIST 1 is neither offered nor stackable',
      'b No platform teaches it: 0 matching unit(s) can count, 1 needed',
      'c Wrong level scale: 0 matching unit(s) can count, 1 needed',
      'd Too few credits: 10 credits can count, 15 needed',
      'e One per platform: 2 matching unit(s) can count, 3 needed',
      'f Distinct: 1 distinct subject(s), 2 needed',
      'g Two of three: unit NOPE is neither offered nor stackable',
    ]);
  });
});
