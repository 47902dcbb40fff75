import { describe, expect, it } from 'vitest';
import { BUILTIN_CREDIT_SYSTEMS } from '../../src/credits/builtinCreditSystems.js';
import { creditSystemDefinitionSchema } from '../../src/model/creditSystemDefinition.js';

function builtin(id: string) {
  const system = BUILTIN_CREDIT_SYSTEMS.find((s) => s.id === id);
  if (!system) throw new Error(`no built-in ${id}`);
  return system;
}

describe('BUILTIN_CREDIT_SYSTEMS', () => {
  it('has the six systems of facts.md, in a stable order', () => {
    expect(BUILTIN_CREDIT_SYSTEMS.map((s) => s.id)).toEqual([
      'ects',
      'us-semester',
      'us-quarter',
      'ceu',
      'uk-cats',
      'clock-hour',
    ]);
  });

  it('gives each its factor in ECTS', () => {
    expect(builtin('ects').ects).toBe(1);
    expect(builtin('us-semester').ects).toBe(2);
    expect(builtin('us-quarter').ects).toBeCloseTo(4 / 3, 12);
    expect(builtin('ceu').ects).toBeCloseTo(10 / 27.5, 12);
    expect(builtin('uk-cats').ects).toBe(0.5);
    expect(builtin('clock-hour').ects).toBeCloseTo(1 / 27.5, 12);
  });

  it('marks conventions approximate and standards exact', () => {
    const approximate = BUILTIN_CREDIT_SYSTEMS.filter((s) => s.approximate === true).map((s) => s.id);
    expect(approximate).toEqual(['us-semester', 'us-quarter', 'ceu', 'clock-hour']);
    expect(builtin('ects').approximate).toBe(false);
    expect(builtin('uk-cats').approximate).toBe(false);
  });

  it('names and sources every system', () => {
    for (const system of BUILTIN_CREDIT_SYSTEMS) {
      expect(system.name, system.id).toBeTruthy();
      expect(system.source, system.id).toBeTruthy();
    }
    expect(builtin('us-semester').source).toContain('34 CFR 600.2');
    expect(builtin('ceu').source).toContain('IACET');
    expect(builtin('uk-cats').source).toContain('QAA');
    expect(builtin('clock-hour').source).toContain("ECTS Users' Guide");
  });

  it('is valid against the definition schema', () => {
    for (const system of BUILTIN_CREDIT_SYSTEMS) {
      expect(creditSystemDefinitionSchema.safeParse(system).success, system.id).toBe(true);
    }
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(BUILTIN_CREDIT_SYSTEMS)).toBe(true);
    for (const system of BUILTIN_CREDIT_SYSTEMS) expect(Object.isFrozen(system), system.id).toBe(true);
    expect(() => {
      (BUILTIN_CREDIT_SYSTEMS[0] as { ects: number }).ects = 5;
    }).toThrow(TypeError);
  });
});
