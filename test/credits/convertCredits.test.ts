import { describe, expect, it } from 'vitest';
import { convertCredits, safeConvertCredits } from '../../src/credits/convertCredits.js';
import { createCreditSystems } from '../../src/credits/createCreditSystems.js';
import { CredstackError } from '../../src/issues/CredstackError.js';

function thrown(run: () => unknown): CredstackError {
  try {
    run();
  } catch (error) {
    if (error instanceof CredstackError) return error;
    throw error;
  }
  throw new Error('expected a CredstackError');
}

describe('convertCredits', () => {
  it('converts with the built-in systems by default', () => {
    expect(convertCredits({ value: 16, system: 'us-semester' }, 'ects')).toEqual({
      value: 32,
      system: 'ects',
      approximate: true,
      from: { value: 16, system: 'us-semester' },
    });
    expect(convertCredits({ value: 120, system: 'uk-cats' }, 'ects')).toMatchObject({ value: 60, approximate: false });
    expect(convertCredits({ value: 3, system: 'us-quarter' }, 'us-semester').value).toBe(2);
  });

  it('uses the systems it is given', () => {
    const systems = createCreditSystems([{ id: 'unit-hour', ects: 0.75 }]);
    expect(convertCredits({ value: 4, system: 'unit-hour' }, 'ects', systems)).toMatchObject({
      value: 3,
      approximate: false,
    });
    expect(() => convertCredits({ value: 4, system: 'unit-hour' }, 'ects')).toThrow(CredstackError);
  });

  it('throws unknown_credit_system at system or to', () => {
    const from = thrown(() => convertCredits({ value: 1, system: 'semester' }, 'ects'));
    expect(from.issues).toEqual([
      expect.objectContaining({ code: 'unknown_credit_system', path: ['system'], received: 'semester' }),
    ]);
    expect(from.message).toContain('"semester"');
    const to = thrown(() => convertCredits({ value: 1, system: 'ects' }, '__proto__'));
    expect(to.issues).toEqual([expect.objectContaining({ code: 'unknown_credit_system', path: ['to'] })]);
  });

  it('reports both sides when both are unknown', () => {
    const error = thrown(() => convertCredits({ value: 1, system: 'a' }, 'b'));
    expect(error.issues.map((i) => i.path)).toEqual([['system'], ['to']]);
  });

  it('throws invalid_credits for a negative or non-finite value', () => {
    for (const value of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = thrown(() => convertCredits({ value, system: 'ects' }, 'uk-cats'));
      expect(error.issues.map((i) => `${i.code}@${i.path.join('.')}`), String(value)).toEqual(['invalid_credits@value']);
    }
  });
});

describe('safeConvertCredits', () => {
  it('returns the data and no warnings on success', () => {
    const result = safeConvertCredits({ value: 1, system: 'ceu' }, 'clock-hour');
    expect(result).toEqual({
      success: true,
      data: { value: 10, system: 'clock-hour', approximate: true, from: { value: 1, system: 'ceu' } },
      warnings: [],
    });
  });

  it('returns the issues instead of throwing', () => {
    const result = safeConvertCredits({ value: 1, system: 'ects' }, 'quarter');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'unknown_credit_system', path: ['to'], received: 'quarter' });
    expect(Object.isFrozen(result.issues[0])).toBe(true);
  });
});

describe('safeConvertCredits on values that are not the library\'s', () => {
  const revoked = (() => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  })();

  // Before: each of these threw a TypeError.
  it.each([
    ['null credits', () => safeConvertCredits(null as never, 'ects'), []],
    ['a number for credits', () => safeConvertCredits(4 as never, 'ects'), []],
    ['a getter that throws', () => safeConvertCredits({ get value(): number { throw new Error('no'); }, system: 'ects' }, 'ects'), ['value']],
    ['a revoked Proxy', () => safeConvertCredits(revoked as never, 'ects'), []],
    ['a target that is not text', () => safeConvertCredits({ value: 1, system: 'ects' }, null as never), ['to']],
    ['systems that are not CreditSystems', () => safeConvertCredits({ value: 1, system: 'ects' }, 'ects', {} as never), ['systems']],
    ['a revoked Proxy for systems', () => safeConvertCredits({ value: 1, system: 'ects' }, 'ects', revoked as never), ['systems']],
  ])('returns an issue, not a TypeError, for %s', (_, convert, path) => {
    const result = convert();
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues).toContainEqual(expect.objectContaining({ code: 'invalid_type', path }));
  });

  it('refuses credits past the maximum, so that no sum overflows', () => {
    const result = safeConvertCredits({ value: 1e308, system: 'ects' }, 'us-semester');
    expect(result.success ? [] : result.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual(['invalid_credits@value']);
  });
});
