import { describe, expect, it } from 'vitest';
import { lastValidDay, numericDateText, readVcDate } from '../../../src/interop/vc/vcDate.js';

describe('readVcDate', () => {
  it('reads date-times in UTC, with a zone, or without a time', () => {
    expect(readVcDate('2010-01-01T00:00:00Z')).toEqual({ text: '2010-01-01T00:00:00Z', date: '2010-01-01', startOfDay: true, epochSeconds: 1262304000 });
    expect(readVcDate('2010-01-01T01:00:00+01:00')).toMatchObject({ date: '2010-01-01', startOfDay: false, epochSeconds: 1262304000 });
    expect(readVcDate('2026-12-31T23:59:59.5Z')).toMatchObject({ date: '2026-12-31', startOfDay: false });
    expect(readVcDate('2024-02-29')).toMatchObject({ date: '2024-02-29', startOfDay: true });
  });

  it('refuses what is not a real date-time', () => {
    for (const bad of ['2023-02-29T00:00:00Z', '2010-01-01T25:00:00Z', 'yesterday', '2010-1-1', 20100101, null, '2010-01-01T00:00:00+25:00']) {
      expect(readVcDate(bad)).toBeUndefined();
    }
  });
});

describe('numericDateText', () => {
  it('writes a JWT NumericDate as a date-time in UTC, dropping fractions', () => {
    expect(numericDateText(1262304000.9)).toBe('2010-01-01T00:00:00Z');
  });

  it('refuses what is not a date it can write', () => {
    for (const bad of [Number.NaN, Infinity, 1e15, -1e14, '1262304000']) expect(numericDateText(bad)).toBeUndefined();
  });
});

describe('lastValidDay', () => {
  it('is the day before for a validity that ends at the start of a day, else the day it ends', () => {
    expect(lastValidDay(readVcDate('2020-01-01T00:00:00Z')!)).toBe('2019-12-31');
    expect(lastValidDay(readVcDate('2026-12-31T23:59:59Z')!)).toBe('2026-12-31');
    expect(lastValidDay(readVcDate('0001-01-01T00:00:00Z')!)).toBeUndefined();
  });
});
