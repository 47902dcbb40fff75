import type { Filter } from '../model/filter.js';
import type { Unit } from '../model/unit.js';
import { compilePattern } from './compilePattern.js';

/**
 * A filter compiled for repeated use: a predicate over units.
 *
 * @category Rules
 */
export type UnitPredicate = (unit: Unit) => boolean;

const anyOf = (wanted: readonly string[] | undefined, have: readonly string[] | undefined): boolean =>
  wanted === undefined || (have !== undefined && wanted.some((w) => have.includes(w)));

/**
 * Compiles a {@link Filter} into a predicate. Every field given must hold;
 * an empty filter matches every unit. `anyOf` holds when at least one of its
 * filters matches (so an empty list, which a parsed document cannot hold,
 * matches no unit); `not` holds when none of its filters matches (an empty
 * list excludes nothing).
 *
 * @param filter - the filter
 * @returns a predicate over units
 *
 * @example
 * ```ts
 * const upper = compileFilter({ patterns: ['CS 4**'], tags: { none: ['pass-fail'] } });
 * catalog.units.filter(upper);
 *
 * // math, or anything tagged quantitative, but neither MATH 100 nor remedial work
 * const quantitative = compileFilter({
 *   anyOf: [{ subjects: ['math'] }, { tags: { any: ['quantitative'] } }],
 *   not: [{ ids: ['MATH 100'] }, { tags: { any: ['remedial'] } }],
 * });
 * ```
 *
 * @category Rules
 */
export function compileFilter(filter: Filter): UnitPredicate {
  const tests: UnitPredicate[] = [];
  if (filter.ids) {
    const ids = new Set(filter.ids);
    tests.push((u) => ids.has(u.id));
  }
  if (filter.patterns) {
    const patterns = filter.patterns.map(compilePattern);
    tests.push((u) => patterns.some((p) => p(u.id)));
  }
  if (filter.kinds) {
    const kinds = filter.kinds;
    tests.push((u) => kinds.includes(u.kind));
  }
  if (filter.providers) {
    const providers = filter.providers;
    tests.push((u) => u.provider !== undefined && providers.includes(u.provider));
  }
  if (filter.subjects) tests.push((u) => anyOf(filter.subjects, u.subjects));
  if (filter.competencies) tests.push((u) => anyOf(filter.competencies, u.competencies));
  if (filter.tags) tests.push(compileTags(filter.tags));
  if (filter.level) {
    const { framework, atLeast } = filter.level;
    tests.push((u) => u.level !== undefined && u.level.framework === framework && u.level.value >= atLeast);
  }
  if (filter.anyOf) {
    const options = filter.anyOf.map(compileFilter);
    tests.push((u) => options.some((option) => option(u)));
  }
  if (filter.not) {
    const excluded = (Array.isArray(filter.not) ? filter.not : [filter.not]).map(compileFilter);
    tests.push((u) => !excluded.some((exclusion) => exclusion(u)));
  }
  return (unit) => tests.every((test) => test(unit));
}

function compileTags(tags: NonNullable<Filter['tags']>): UnitPredicate {
  return (u) => {
    const have = u.tags ?? [];
    if (tags.all && !tags.all.every((t) => have.includes(t))) return false;
    if (tags.any && !tags.any.some((t) => have.includes(t))) return false;
    if (tags.none && tags.none.some((t) => have.includes(t))) return false;
    return true;
  };
}
