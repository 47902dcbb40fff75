import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../src/catalog/parseCatalog.js';
import { narrowingFailure } from '../../../src/audit/pipeline/passesNarrowing.js';
import type { Candidate } from '../../../src/audit/Candidate.js';
import type { Narrowing } from '../../../src/audit/compile/CompiledTree.js';
import { smallCatalog } from '../../_helpers/catalogs.js';
import { contextFor } from './context.js';

const catalog = parseCatalog(smallCatalog());
const ctx = contextFor(catalog, '2024-06-30');
const NONE: Narrowing = { minGrades: [], earnedWithin: [], earnedBetween: [], verified: [] };
const ASKS: Narrowing = { ...NONE, verified: ['core', 'c1'] };

function candidate(extra: Partial<Candidate>): Candidate {
  return { key: 'a1', unit: catalog.unit('C1')!, unitId: 'C1', earnedOn: '2024-01-10', verified: false, lookAhead: false, roots: new Set(['a1']), provenance: { kind: 'direct' }, ...extra };
}

describe('narrowingFailure: verified', () => {
  it('turns away an unverified achievement where a node asks for verified ones, naming the outermost such node, and passes the rest', () => {
    expect(narrowingFailure(candidate({}), ASKS, ctx)).toEqual({
      code: 'not_verified',
      message: 'requirement "core" takes only verified achievements; this achievement is not verified',
      requirement: 'core',
    });
    // A verified achievement passes, and any achievement where no node asks.
    expect(narrowingFailure(candidate({ verified: true }), ASKS, ctx)).toBeUndefined();
    expect(narrowingFailure(candidate({}), NONE, ctx)).toBeUndefined();
  });

  it('blames a composite, not the parts its reason is told to', () => {
    const composite = candidate({ key: 'inferred:MC', unit: catalog.unit('MC')!, unitId: 'MC', roots: new Set(['a1', 'a2']), provenance: { kind: 'inferred', parts: ['a1', 'a2'] } });
    const reason = narrowingFailure(composite, ASKS, ctx)!;
    expect(reason.code).toBe('not_verified');
    expect(reason.message).toBe('requirement "core" takes only verified achievements; MC (inferred:MC), stacked from it, is not verified: not all of its parts are');
  });
});
