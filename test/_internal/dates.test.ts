import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayNumber, shiftDate } from '../../src/_internal/dates.js';

describe('dayNumber', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(dayNumber('1900-03-01') - dayNumber('1900-02-28')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
  });

  it('agrees with Date.UTC on any day from year 1 to 9999', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        const utc = new Date(0);
        utc.setUTCFullYear(y, m - 1, d);
        expect(dayNumber(iso)).toBe(Math.round(utc.getTime() / 86_400_000));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('shiftDate', () => {
  it('moves by calendar units', () => {
    expect(shiftDate('2023-01-31', 'P1M')).toBe('2023-02-28');
    expect(shiftDate('2024-06-30', 'P1Y', -1)).toBe('2023-06-30');
    expect(shiftDate('2024-02-29', 'P1Y')).toBe('2025-02-28');
    expect(shiftDate('2024-01-01', 'P2W3D')).toBe('2024-01-18');
  });
});
