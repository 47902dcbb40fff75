import { describe, expect, it } from 'vitest';
import { isIsoDate, isoDateSchema } from '../../src/model/isoDate.js';

describe('isIsoDate', () => {
  it('accepts real calendar days written YYYY-MM-DD', () => {
    for (const text of ['2024-01-01', '2024-01-31', '2024-04-30', '2024-12-31', '0001-01-01', '9999-12-31']) expect(isIsoDate(text), text).toBe(true);
  });

  it('knows leap years: every fourth, not centuries, but every fourth century', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2024-02-30')).toBe(false);
  });

  it('rejects days and months that do not exist, and year 0000', () => {
    for (const text of ['2024-00-10', '2024-13-01', '2024-01-00', '2024-01-32', '2024-04-31', '2024-06-31', '2024-09-31', '2024-11-31', '0000-01-01']) {
      expect(isIsoDate(text), text).toBe(false);
    }
  });

  it('rejects other forms', () => {
    for (const text of ['', '2024-1-01', '2024-01-1', ' 2024-01-01', '2024-01-01 ', '2024-01-01\n', '+2024-01-01', '20240-01-01', '2024/01/01', '２０２４-01-01', '2024-01-01T00:00']) {
      expect(isIsoDate(text), JSON.stringify(text)).toBe(false);
    }
  });

  it('is what isoDateSchema checks', () => {
    expect(isoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(isoDateSchema.safeParse('2023-02-29').success).toBe(false);
  });
});
