import { describe, expect, it } from 'vitest';
import { safeParseCatalog } from '../../src/catalog/safeParseCatalog.js';

function program(fields: object) {
  return safeParseCatalog({
    units: [
      { id: 'C1', kind: 'course', title: 'C1' },
      { id: 'P', kind: 'degree', title: 'P', requirements: { id: 'root', unit: 'C1' }, ...fields },
    ],
  });
}

describe('the verified qualifier and the retakes policy', () => {
  it('accept verified: true on a requirement node and each retake policy, and refuse others with the path of the field', () => {
    expect(program({ requirements: { id: 'root', unit: 'C1', verified: true } }).success).toBe(true);
    for (const retakes of ['best', 'latest', 'first']) expect(program({ policies: { retakes } }).success).toBe(true);
    const wrongQualifier = program({ requirements: { id: 'root', unit: 'C1', verified: false } });
    const wrongPolicy = program({ policies: { retakes: 'average' } });
    expect(wrongQualifier.success ? [] : wrongQualifier.issues.map((i) => i.path)).toEqual([['units', 1, 'requirements', 'verified']]);
    expect(wrongPolicy.success ? [] : wrongPolicy.issues.map((i) => i.path)).toEqual([['units', 1, 'policies', 'retakes']]);
  });
});
