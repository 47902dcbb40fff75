import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CreditSystems } from '../../src/credits/CreditSystems.js';
import { createCreditSystems } from '../../src/credits/createCreditSystems.js';
import { BUILTIN_CREDIT_SYSTEMS } from '../../src/credits/builtinCreditSystems.js';
import { CredstackError } from '../../src/issues/CredstackError.js';
import type { CreditSystemDefinition } from '../../src/model/creditSystemDefinition.js';

const builtins = createCreditSystems();

function convertValue(systems: CreditSystems, value: number, from: string, to: string): number {
  const converted = systems.convert({ value, system: from }, to);
  if (!converted) throw new Error(`cannot convert ${from} to ${to}`);
  return converted.value;
}

describe('CreditSystems: lookups', () => {
  it('knows the built-ins alone by default', () => {
    expect(builtins.list().map((s) => s.id)).toEqual(BUILTIN_CREDIT_SYSTEMS.map((s) => s.id));
    expect(builtins.has('ects')).toBe(true);
    expect(builtins.get('uk-cats')?.ects).toBe(0.5);
    expect(builtins.has('quarter')).toBe(false);
    expect(builtins.get('quarter')).toBeUndefined();
  });

  it('treats prototype names as ordinary, unknown ids', () => {
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(builtins.has(id), id).toBe(false);
      expect(builtins.get(id), id).toBeUndefined();
      expect(builtins.convert({ value: 1, system: id }, 'ects'), id).toBeUndefined();
    }
  });

  it('is the same through the class and the factory', () => {
    expect(new CreditSystems().list()).toEqual(builtins.list());
  });

  it('returns frozen lists that callers cannot change', () => {
    const list = builtins.list();
    expect(Object.isFrozen(list)).toBe(true);
    expect(list.every((s) => Object.isFrozen(s))).toBe(true);
    expect(builtins.list()).not.toBe(list);
  });
});

describe('CreditSystems: catalog definitions', () => {
  const added: CreditSystemDefinition = { id: 'unit-hour', name: 'unit hour', ects: 0.75, source: 'registrar' };

  it('adds a new system after the built-ins', () => {
    const systems = createCreditSystems([added, { id: '__proto__', ects: 3 }]);
    expect(systems.list().map((s) => s.id)).toEqual([...BUILTIN_CREDIT_SYSTEMS.map((s) => s.id), 'unit-hour', '__proto__']);
    expect(systems.get('unit-hour')).toEqual(added);
    expect(systems.get('unit-hour')).not.toBe(added);
  });

  it('converts through an added system called __proto__', () => {
    const systems = createCreditSystems([{ id: '__proto__', ects: 3 }]);
    expect(systems.has('__proto__')).toBe(true);
    expect(systems.convert({ value: 2, system: '__proto__' }, 'ects')).toEqual({
      value: 6,
      system: 'ects',
      approximate: false,
      from: { value: 2, system: '__proto__' },
    });
    expect(Object.getPrototypeOf(systems.get('__proto__'))).toBe(Object.prototype);
  });

  it('lets a definition override a built-in factor, in place', () => {
    const systems = createCreditSystems([{ id: 'us-semester', ects: 1.5, approximate: false, source: 'University X' }]);
    expect(systems.list().map((s) => s.id)).toEqual(BUILTIN_CREDIT_SYSTEMS.map((s) => s.id));
    expect(systems.get('us-semester')).toEqual({
      id: 'us-semester',
      name: 'US semester credit hour',
      ects: 1.5,
      approximate: false,
      source: 'University X',
    });
    expect(systems.convert({ value: 4, system: 'us-semester' }, 'ects')).toMatchObject({ value: 6, approximate: false });
    // The built-ins themselves are untouched.
    expect(builtins.get('us-semester')?.ects).toBe(2);
  });

  it('keeps the approximate flag of a built-in unless the override states one', () => {
    const systems = createCreditSystems([{ id: 'us-semester', ects: 1.8 }]);
    expect(systems.get('us-semester')?.approximate).toBe(true);
    // A changed factor drops the built-in's source, which backs only the built-in figure.
    expect(systems.get('us-semester')?.source).toBeUndefined();
    const same = createCreditSystems([{ id: 'uk-cats', ects: 0.5, name: 'CATS' }]);
    expect(same.get('uk-cats')).toMatchObject({ name: 'CATS', approximate: false, source: expect.stringContaining('QAA') });
  });

  it('rejects repeated ids, empty ids and factors that are not finite and positive, or so far from 1 that conversions overflow', () => {
    const bad = [
      [{ id: 'x', ects: 1 }, { id: 'x', ects: 2 }],
      [{ id: '', ects: 1 }],
      [{ id: 'x', ects: 0 }],
      [{ id: 'x', ects: -1 }],
      [{ id: 'x', ects: Number.NaN }],
      [{ id: 'x', ects: Number.POSITIVE_INFINITY }],
      [{ id: 'x', ects: 1e300 }],
      [{ id: 'x', ects: 1e-300 }],
    ];
    const codes = bad.map((definitions) => {
      try {
        createCreditSystems(definitions);
        return 'no error';
      } catch (error) {
        expect(error).toBeInstanceOf(CredstackError);
        return (error as CredstackError).issues.map((i) => `${i.code}@${i.path.join('.')}`).join(',');
      }
    });
    expect(codes).toEqual([
      'duplicate_id@1.id',
      'invalid_value@0.id',
      'invalid_number@0.ects',
      'invalid_number@0.ects',
      'invalid_number@0.ects',
      'invalid_number@0.ects',
      'invalid_number@0.ects',
      'invalid_number@0.ects',
    ]);
  });
});

describe('CreditSystems: convert', () => {
  it('converts real figures', () => {
    expect(builtins.convert({ value: 16, system: 'us-semester' }, 'ects')).toEqual({
      value: 32,
      system: 'ects',
      approximate: true,
      from: { value: 16, system: 'us-semester' },
    });
    expect(builtins.convert({ value: 120, system: 'uk-cats' }, 'ects')).toEqual({
      value: 60,
      system: 'ects',
      approximate: false,
      from: { value: 120, system: 'uk-cats' },
    });
    expect(convertValue(builtins, 3, 'us-quarter', 'us-semester')).toBe(2);
    expect(convertValue(builtins, 60, 'ects', 'uk-cats')).toBe(120);
    expect(convertValue(builtins, 1, 'ects', 'clock-hour')).toBe(27.5);
    expect(convertValue(builtins, 10, 'clock-hour', 'ects')).toBe(0.363636);
  });

  it('marks CEU to clock hours approximate although the ratio is exactly 10', () => {
    // Both factors go through the approximate 27.5 h per ECTS; the rule is
    // "approximate when either factor is", with no cancelling out.
    expect(builtins.convert({ value: 1, system: 'ceu' }, 'clock-hour')).toMatchObject({ value: 10, approximate: true });
  });

  it('is exact between two exact systems', () => {
    expect(builtins.convert({ value: 7, system: 'ects' }, 'uk-cats')?.approximate).toBe(false);
  });

  it('returns the same value, exact, when converting to the same system', () => {
    const value = 0.1 + 0.2;
    expect(builtins.convert({ value, system: 'us-semester' }, 'us-semester')).toEqual({
      value,
      system: 'us-semester',
      approximate: false,
      from: { value, system: 'us-semester' },
    });
  });

  it('rounds to 6 decimals', () => {
    // 0.2 uk-cats + float noise would otherwise show through.
    expect(convertValue(builtins, 0.1 + 0.2, 'ects', 'uk-cats')).toBe(0.6);
    expect(convertValue(builtins, 1, 'clock-hour', 'ects')).toBe(0.036364);
  });

  it('returns undefined for an unknown system on either side', () => {
    expect(builtins.convert({ value: 1, system: 'nope' }, 'ects')).toBeUndefined();
    expect(builtins.convert({ value: 1, system: 'ects' }, 'nope')).toBeUndefined();
  });

  it('returns frozen results that do not hold the caller\'s object', () => {
    const credits = { value: 4, system: 'us-semester' };
    const converted = builtins.convert(credits, 'ects');
    expect(Object.isFrozen(converted)).toBe(true);
    expect(Object.isFrozen(converted?.from)).toBe(true);
    expect(converted?.from).not.toBe(credits);
  });
});

describe('CreditSystems: laws', () => {
  const ids = BUILTIN_CREDIT_SYSTEMS.map((s) => s.id);
  const system = fc.constantFrom(...ids);
  const value = fc.double({ min: 0, max: 1e6, noNaN: true });

  function factor(id: string): number {
    return builtins.get(id)?.ects ?? Number.NaN;
  }

  it('round trip A→B→A returns the original within rounding', () => {
    fc.assert(
      fc.property(value, system, system, (v, a, b) => {
        const back = convertValue(builtins, convertValue(builtins, v, a, b), b, a);
        // Rounding B to 6 decimals errs by 5e-7, scaled by ectsB/ectsA on the way back.
        const tolerance = 1e-6 * Math.max(1, factor(b) / factor(a));
        expect(Math.abs(back - v)).toBeLessThanOrEqual(tolerance);
      }),
    );
  });

  it('round trip to a finer system is within 1e-6', () => {
    fc.assert(
      fc.property(value, system, system, (v, a, b) => {
        fc.pre(factor(b) <= factor(a));
        expect(Math.abs(convertValue(builtins, convertValue(builtins, v, a, b), b, a) - v)).toBeLessThanOrEqual(1e-6);
      }),
    );
  });

  it('is linear: scaling and adding before or after converting agree', () => {
    fc.assert(
      fc.property(value, value, fc.double({ min: 0, max: 100, noNaN: true }), system, system, (x, y, k, a, b) => {
        const sum = convertValue(builtins, x + y, a, b);
        expect(Math.abs(sum - (convertValue(builtins, x, a, b) + convertValue(builtins, y, a, b)))).toBeLessThanOrEqual(
          2e-6,
        );
        const scaled = convertValue(builtins, k * x, a, b);
        const exact = k * ((x * factor(a)) / factor(b));
        expect(Math.abs(scaled - exact)).toBeLessThanOrEqual(5e-7 + Math.abs(exact) * 1e-12);
      }),
    );
  });

  it('agrees with value × ectsA / ectsB', () => {
    fc.assert(
      fc.property(value, system, system, (v, a, b) => {
        expect(Math.abs(convertValue(builtins, v, a, b) - (v * factor(a)) / factor(b))).toBeLessThanOrEqual(5e-7 + 1e-9);
      }),
    );
  });
});
