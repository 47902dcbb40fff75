import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compilePattern } from '../../src/rules/compilePattern.js';
import { propertyRuns } from '../_helpers/propertyRuns.js';

describe('compilePattern', () => {
  it('* stands for exactly one character', () => {
    const upper = compilePattern('CS 4**');
    expect(upper('CS 410')).toBe(true);
    expect(upper('CS 4100')).toBe(false);
    expect(upper('CS 41')).toBe(false);
    expect(upper('MA 410')).toBe(false);
  });

  it('% stands for any run, possibly empty', () => {
    const sc = compilePattern('SC%');
    expect(sc('SC')).toBe(true);
    expect(sc('SC0x')).toBe(true);
    expect(sc('XSC')).toBe(false);
  });

  it('treats every other character literally', () => {
    expect(compilePattern('a.b+(c)')('a.b+(c)')).toBe(true);
    expect(compilePattern('a.b')('axb')).toBe(false);
    expect(compilePattern('[x]')('[x]')).toBe(true);
  });
});

/** The matcher of old, a regular expression: right, but exponential on some patterns. */
function regexOracle(pattern: string): (id: string) => boolean {
  let source = '';
  for (const ch of pattern) {
    if (ch === '*') source += '[\\s\\S]';
    else if (ch === '%') source += '[\\s\\S]*';
    else source += ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  const regex = new RegExp(`^${source}$`, 'u');
  return (id) => regex.test(id);
}

describe('compilePattern on hard cases', () => {
  it('agrees with a regular expression on small patterns and ids', () => {
    const alphabet = fc.constantFrom('a', 'b', '%', '*', '😀');
    const ids = fc.constantFrom('a', 'b', '😀');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 8 }).map((cs) => cs.join('')), fc.array(ids, { maxLength: 10 }).map((cs) => cs.join('')), (pattern, id) => {
        expect(compilePattern(pattern)(id)).toBe(regexOracle(pattern)(id));
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it('* is one character, even outside the basic plane', () => {
    expect(compilePattern('CS *')('CS 😀')).toBe(true);
    expect(compilePattern('CS **')('CS 😀')).toBe(false);
  });

  // Before: the regular expression backtracked through every way of splitting the id and never returned.
  it('answers for ten % and a long id that does not match', () => {
    const pattern = compilePattern(`${'%'.repeat(10)}b`);
    expect(pattern('a'.repeat(100_000))).toBe(false);
    const spread = compilePattern('%a%a%a%a%a%a%a%a%a%a%b');
    expect(spread('a'.repeat(100_000))).toBe(false);
    expect(spread(`${'a'.repeat(100_000)}b`)).toBe(true);
  });
});
