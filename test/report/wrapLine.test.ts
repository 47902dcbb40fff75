import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapLine } from '../../src/report/wrapLine.js';
import { propertyRuns } from '../_helpers/propertyRuns.js';

describe('wrapLine', () => {
  it('breaks at spaces, keeping long words whole', () => {
    expect(wrapLine('Master of Liberal Arts (ALM) in Management, Harvard Extension School', 40)).toEqual(['Master of Liberal Arts (ALM) in', 'Management, Harvard Extension School']);
    expect(wrapLine('short', 40)).toEqual(['short']);
    expect(wrapLine(`see ${'x'.repeat(60)} here`, 20)).toEqual(['see', 'x'.repeat(60), 'here']);
  });

  it('loses nothing: the pieces joined with spaces are the line, and a piece is too wide only when it cannot break', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é'), maxLength: 200 }), fc.integer({ min: 1, max: 60 }), (line, width) => {
        const pieces = wrapLine(line, width);
        expect(pieces.join(' ')).toBe(line);
        for (const piece of pieces) if (piece.length > width) expect(piece.trim()).not.toContain(' ');
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
