import { describe, expect, it } from 'vitest';
import { microcredentialSchema } from '../../src/model/microcredential.js';
import { safeParseCatalog } from '../../src/catalog/safeParseCatalog.js';

const block = {
  learningOutcomes: [{ id: 'urn:lo:1', title: 'Explain the stages of child development', skills: [{ label: 'developmental psychology', framework: 'ESCO' }] }],
  assessment: { type: 'written exam', mode: 'online', supervised: true, identityVerified: true },
  qualityAssurance: [{ type: 'internal quality assurance', description: 'ESG part 1' }],
  levelApplies: true,
  entryRequirements: 'none',
  stackability: { option: 'stackable', towards: ['BSc Psychology'] },
  furtherInformation: 'https://example.edu/mc',
};

describe('the microcredential block of a unit', () => {
  it('accepts every field, and none', () => {
    expect(microcredentialSchema.safeParse(block).success).toBe(true);
    expect(microcredentialSchema.safeParse({}).success).toBe(true);
  });

  it('is checked with the catalog, with paths', () => {
    const catalog = (mc: unknown) => safeParseCatalog({ units: [{ id: 'mc', kind: 'micro-credential', title: 'MC', microcredential: mc }] });
    expect(catalog(block).success).toBe(true);
    const issues = (mc: unknown) => {
      const r = catalog(mc);
      return r.success ? [] : r.issues.map((i) => [i.code, i.path]);
    };
    const at = (...path: (string | number)[]) => ['units', 0, 'microcredential', ...path];
    expect(issues({ ...block, assessment: { mode: 'online' } })).toEqual([['invalid_type', at('assessment', 'type')]]);
    expect(issues({ ...block, stackability: { option: 'integrated' } })).toEqual([['invalid_value', at('stackability', 'option')]]);
    expect(issues({ ...block, learningOutcomes: [{ title: '' }] })).toEqual([['invalid_value', at('learningOutcomes', 0, 'title')]]);
    expect(issues({ ...block, qualityAssurance: { type: 'x' } })).toEqual([['invalid_type', at('qualityAssurance')]]);
    expect(issues({ ...block, learningOutcome: [] })).toEqual([['unknown_field', at('learningOutcome')]]);
  });
});
