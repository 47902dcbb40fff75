import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import { rank } from '../../src/rank/rank.js';
import type { Unit } from '../../src/model/unit.js';

const AS_OF = '2025-01-06';

function course(id: string, provider: string, amount: number, currency: string): Unit {
  return { id, kind: 'course', title: id, provider, credits: { value: 4, system: 'ects' }, offering: { cost: { amount, currency }, duration: 'P15W' } } as Unit;
}

function degree(id: string, provider: string, unit: string): Unit {
  return { id, kind: 'degree', title: id, provider, policies: { creditSystem: 'ects' }, requirements: { id: 'root', unit } } as Unit;
}

const catalog = parseCatalog({
  organisations: [
    { id: 'us', name: 'A US university', kind: 'university' },
    { id: 'eu', name: 'A European university', kind: 'university' },
  ],
  units: [course('A', 'us', 900, 'USD'), course('B', 'eu', 1000, 'EUR'), course('C', 'us', 50, 'USD'), degree('DEG-EU', 'eu', 'B'), degree('DEG-US', 'us', 'A'), degree('DEG-DONE', 'us', 'C')],
});
const record = { achievements: [{ id: 'c', unit: 'C', earnedOn: '2024-05-01' }] };

describe('rank', () => {
  it('puts the programs the record meets first, then those with a plan, cheapest first', () => {
    const r = rank(catalog, record, { asOf: AS_OF, plan: { currency: 'USD', rates: { EUR: 1.1 } } });
    expect(r.programs.map((p) => p.program.id)).toEqual(['DEG-DONE', 'DEG-US', 'DEG-EU']);
    expect(r.programs.map((p) => p.plan?.cost)).toEqual([0, 900, 1100]);
  });

  it('does not compare costs in different currencies as plain numbers', () => {
    // Each program plans in its own institution's currency: 900 USD and 1,000 EUR.
    const r = rank(catalog, record, { asOf: AS_OF });
    expect(r.programs.map((p) => [p.program.id, p.plan?.cost, p.plan?.currency])).toEqual([
      ['DEG-DONE', 0, 'USD'],
      // Not comparable: ordered by share met, credits applied, then id.
      ['DEG-EU', 1000, 'EUR'],
      ['DEG-US', 900, 'USD'],
    ]);
  });
});
