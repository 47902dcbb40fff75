import fc from 'fast-check';
import type { CatalogDocument } from '../../src/model/catalogDocument.js';
import type { Requirement } from '../../src/model/requirement.js';
import type { Unit } from '../../src/model/unit.js';

/** A small planning problem: a catalog, a record and the program to plan for. */
export interface PlanCase {
  readonly catalog: CatalogDocument;
  readonly record: { achievements: { id: string; unit: string; earnedOn: string }[] };
  readonly program: string;
}

const subjects = ['x', 'y'] as const;

const leaf = (n: number): fc.Arbitrary<Requirement> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.record({ subject: fc.constantFrom(...subjects), credits: fc.integer({ min: 1, max: 6 }) }).map(({ subject, credits }) => ({ select: { subjects: [subject] }, min: { credits } }) as Requirement) },
    { weight: 2, arbitrary: fc.record({ subject: fc.constantFrom(...subjects), count: fc.integer({ min: 1, max: 2 }) }).map(({ subject, count }) => ({ select: { subjects: [subject] }, min: { count } }) as Requirement) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: n - 1 }).map((i) => ({ unit: `C${i}` }) as Requirement) },
    { weight: 1, arbitrary: fc.constant({ unit: 'MC' } as Requirement) },
  );

const node = (n: number): fc.Arbitrary<Requirement> =>
  fc.oneof(
    { weight: 3, arbitrary: leaf(n) },
    { weight: 1, arbitrary: fc.array(leaf(n), { minLength: 2, maxLength: 3 }).map((any) => ({ any }) as Requirement) },
    { weight: 1, arbitrary: fc.array(leaf(n), { minLength: 2, maxLength: 3 }).map((of) => ({ atLeast: 2, of }) as Requirement) },
  );

/**
 * Small catalogs (four to eight courses, most of them offered, in two subjects, some with
 * a prerequisite, a micro-credential stacking two or three of them and a
 * recognition of it, or of a course, by the university, granting credits
 * or two named courses) with programs (`DEG`, `DEG2`, …) of
 * one to three requirements each, and a
 * record holding some of the courses: small enough that every subset of
 * the offered courses can be audited.
 */
export function planCaseArbitrary(programs = 1): fc.Arbitrary<PlanCase> {
  return fc.integer({ min: 4, max: 8 }).chain((n) =>
    fc
      .record({
        courses: fc.array(
          fc.record({
            credits: fc.integer({ min: 1, max: 4 }),
            subject: fc.constantFrom(...subjects),
            cost: fc.option(fc.integer({ min: 0, max: 10 }).map((c) => c * 50), { nil: undefined, freq: 8 }),
            offered: fc.integer({ min: 0, max: 9 }).map((x) => x > 0),
            prerequisite: fc.option(fc.nat(), { nil: undefined, freq: 3 }),
            weeks: fc.integer({ min: 4, max: 30 }),
          }),
          { minLength: n, maxLength: n },
        ),
        stack: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 2, maxLength: 3 }), { nil: undefined, freq: 2 }),
        recognition: fc.option(
          fc.record({
            credits: fc.integer({ min: 1, max: 6 }),
            subject: fc.constantFrom(...subjects),
            // Some recognitions grant named units (one source feeding several requirements), from the stack or a course.
            grantsUnits: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 2, maxLength: 2 }), { nil: undefined }),
            from: fc.option(fc.integer({ min: 0, max: n - 1 }), { nil: undefined }),
          }),
          { nil: undefined, freq: 2 },
        ),
        requirements: fc.array(fc.array(node(n), { minLength: 1, maxLength: 3 }), { minLength: programs, maxLength: programs }),
        held: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: 2 }),
      })
      .map(({ courses, stack, recognition, requirements, held }) => {
        const units: Unit[] = courses.map((c, i) => ({
          id: `C${i}`,
          kind: 'course',
          title: `Course ${i}`,
          provider: 'uni',
          credits: { value: c.credits, system: 'us-semester' },
          subjects: [c.subject],
          ...(c.offered && { offering: { ...(c.cost !== undefined && { cost: { amount: c.cost, currency: 'USD' } }), duration: `P${c.weeks}W` } }),
          ...(c.prerequisite !== undefined && i > 0 && { prerequisites: { unit: `C${c.prerequisite % i}` } }),
        }));
        const mc: Unit = stack
          ? { id: 'MC', kind: 'micro-credential', title: 'Stack', provider: 'uni', credits: { value: 6, system: 'us-semester' }, subjects: ['x'], requirements: { all: stack.map((i) => ({ unit: `C${i}` })) } }
          : { id: 'MC', kind: 'micro-credential', title: 'Stack', provider: 'uni', credits: { value: 6, system: 'us-semester' }, subjects: ['x'], requirements: { all: [{ unit: 'C0' }, { unit: 'C1' }] } };
        const degrees: Unit[] = requirements.map((all, k) => ({
          id: k === 0 ? 'DEG' : `DEG${k + 1}`,
          kind: 'degree',
          title: `Degree ${k + 1}`,
          provider: 'uni',
          policies: { creditSystem: 'us-semester' },
          requirements: { id: 'root', all },
        }));
        const catalog: CatalogDocument = {
          organisations: [{ id: 'uni', name: 'A University', kind: 'university' }],
          units: [...units, mc, ...degrees],
          ...(recognition && {
            recognitions: [
              {
                id: 'r',
                institution: 'uni',
                from: { ids: [recognition.from === undefined ? 'MC' : `C${recognition.from}`] },
                grants: recognition.grantsUnits
                  ? { units: recognition.grantsUnits.map((i) => `C${i}`) }
                  : { credits: { value: recognition.credits, system: 'us-semester' }, subjects: [recognition.subject] },
              },
            ],
          }),
        };
        return { catalog, record: { achievements: held.map((i) => ({ id: `a${i}`, unit: `C${i}`, earnedOn: '2024-01-15' })) }, program: 'DEG' };
      }),
  );
}
