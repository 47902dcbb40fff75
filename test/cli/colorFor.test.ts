import { describe, expect, it } from 'vitest';
import { colorFor } from '../../src/cli/colorFor.js';

const tty = { isTTY: true, hasColors: (): boolean => true };
const pipe = { isTTY: false };

describe('colorFor', () => {
  it.each([
    ['a terminal with colours', tty, {}, true],
    ['a terminal without colours', { isTTY: true, hasColors: (): boolean => false }, {}, false],
    ['a pipe', pipe, {}, false],
    ['NO_COLOR on a terminal', tty, { NO_COLOR: '1' }, false],
    ['an empty NO_COLOR', tty, { NO_COLOR: '' }, true],
    ['FORCE_COLOR into a pipe', pipe, { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR over NO_COLOR', pipe, { FORCE_COLOR: '', NO_COLOR: '1' }, true],
    ['FORCE_COLOR=0 on a terminal', tty, { FORCE_COLOR: '0' }, false],
    ['FORCE_COLOR=false on a terminal', tty, { FORCE_COLOR: 'false' }, false],
  ] as const)('%s', (_what, stream, env, expected) => {
    expect(colorFor(stream, env)).toBe(expected);
  });
});
