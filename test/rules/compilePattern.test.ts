import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../src/rules/compilePattern.js';

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
