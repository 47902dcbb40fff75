import { describe, expect, it } from 'vitest';
import { compileFilter } from '../../src/rules/compileFilter.js';
import type { Unit } from '../../src/model/unit.js';

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
