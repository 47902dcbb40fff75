import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileFilter } from '../../src/rules/compileFilter.js';
import type { Unit } from '../../src/model/unit.js';
import type { Filter } from '../../src/model/filter.js';

const u = (extra: Partial<Unit>): Unit => ({ id: 'CS 410', kind: 'course', title: 't', ...extra }) as Unit;
const unit = u({ provider: 'uni', subjects: ['cs'], tags: ['writing', 'lab'], level: { framework: 'course-level', value: 400 }, competencies: ['sql'] });

describe('compileFilter', () => {
  it('an empty filter matches everything', () => {
    expect(compileFilter({})(unit)).toBe(true);
  });

  it.each([
    [{ ids: ['CS 410'] }, true],
    [{ ids: ['CS 411'] }, false],
    [{ patterns: ['CS 4**'] }, true],
    [{ kinds: ['course'] }, true],
    [{ kinds: ['badge'] }, false],
    [{ providers: ['uni'] }, true],
    [{ providers: ['other'] }, false],
    [{ subjects: ['math', 'cs'] }, true],
    [{ subjects: ['math'] }, false],
    [{ competencies: ['sql'] }, true],
    [{ tags: { all: ['writing', 'lab'] } }, true],
    [{ tags: { all: ['writing', 'ethics'] } }, false],
    [{ tags: { any: ['ethics', 'lab'] } }, true],
    [{ tags: { none: ['lab'] } }, false],
    [{ level: { framework: 'course-level', atLeast: 300 } }, true],
    [{ level: { framework: 'course-level', atLeast: 500 } }, false],
    [{ level: { framework: 'eqf', atLeast: 1 } }, false],
    [{ not: { subjects: ['cs'] } }, false],
    [{ not: { subjects: ['math'] } }, true],
    [{ subjects: ['cs'], kinds: ['badge'] }, false],
    [{ anyOf: [{ subjects: ['math'] }, { tags: { any: ['lab'] } }] }, true],
    [{ anyOf: [{ subjects: ['math'] }, { kinds: ['badge'] }] }, false],
    [{ anyOf: [{ subjects: ['cs'] }], kinds: ['badge'] }, false],
    [{ anyOf: [{ anyOf: [{ ids: ['X'] }, { ids: ['CS 410'] }] }] }, true],
    [{ not: [{ subjects: ['math'] }, { kinds: ['badge'] }] }, true],
    [{ not: [{ subjects: ['math'] }, { tags: { any: ['lab'] } }] }, false],
    [{ not: [{ subjects: ['math'] }] }, true],
    [{ not: [{ subjects: ['cs'] }] }, false],
    [{ anyOf: [{ subjects: ['cs'] }, { subjects: ['math'] }], not: [{ tags: { any: ['lab'] } }] }, false],
  ] as const)('%j → %s', (filter, expected) => {
    expect(compileFilter(filter as never)(unit)).toBe(expected);
  });

  it('a unit without the field does not match a filter on it', () => {
    const bare = u({});
    expect(compileFilter({ subjects: ['cs'] })(bare)).toBe(false);
    expect(compileFilter({ providers: ['uni'] })(bare)).toBe(false);
    expect(compileFilter({ tags: { none: ['lab'] } })(bare)).toBe(true);
  });
});

describe('compileFilter: anyOf and not', () => {
  it('an empty anyOf matches no unit and an empty not excludes none (documents cannot hold either)', () => {
    expect(compileFilter({ anyOf: [] })(unit)).toBe(false);
    expect(compileFilter({ not: [] })(unit)).toBe(true);
  });

  const subjects = ['cs', 'math', 'art'];
  const units = fc.record({
    id: fc.constantFrom('CS 410', 'MATH 100', 'ART 200'),
    subjects: fc.subarray(subjects),
    tags: fc.subarray(['lab', 'writing']),
  }).map((extra) => u(extra));
  const leaves: fc.Arbitrary<Filter> = fc.oneof(
    fc.record({ subjects: fc.subarray(subjects, { minLength: 1 }) }),
    fc.record({ ids: fc.subarray(['CS 410', 'MATH 100'], { minLength: 1 }) }),
    fc.record({ tags: fc.record({ any: fc.subarray(['lab', 'writing'], { minLength: 1 }) }) }),
  );
  const { filter: filters } = fc.letrec<{ filter: Filter }>((tie) => ({
    filter: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaves,
      fc.record({ anyOf: fc.array(tie('filter'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ not: fc.oneof(tie('filter'), fc.array(tie('filter'), { minLength: 1, maxLength: 3 })) }),
    ),
  }));
  const holds = (filter: Filter, on: Unit): boolean => compileFilter(filter)(on);

  it('anyOf is the "or" of its filters, and the "and" with the other fields', () => {
    fc.assert(
      fc.property(fc.array(filters, { minLength: 1, maxLength: 4 }), leaves, units, (options, other, on) => {
        expect(holds({ anyOf: options }, on)).toBe(options.some((f) => holds(f, on)));
        expect(holds({ ...other, anyOf: options }, on)).toBe(holds(other, on) && options.some((f) => holds(f, on)));
      }),
    );
  });

  it('not excludes a unit matching any of its filters; a single filter is a list of one', () => {
    fc.assert(
      fc.property(fc.array(filters, { minLength: 1, maxLength: 4 }), units, (excluded, on) => {
        expect(holds({ not: excluded }, on)).toBe(!excluded.some((f) => holds(f, on)));
        expect(holds({ not: excluded[0]! }, on)).toBe(holds({ not: [excluded[0]!] }, on));
      }),
    );
  });
});
