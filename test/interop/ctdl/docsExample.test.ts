import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { safeImportCtdlPathway } from '../../../src/interop/ctdl/safeImportCtdlPathway.js';
import { safeExportCtdlPathway } from '../../../src/interop/ctdl/safeExportCtdlPathway.js';
import { parseCatalog } from '../../../src/catalog/parseCatalog.js';

/** The JSON example at the end of docs/interop/ctdl.md. */
function docsExample(): unknown {
  const text = readFileSync(fileURLToPath(new URL('../../../docs/interop/ctdl.md', import.meta.url)), 'utf8');
  const start = text.indexOf('```json', text.indexOf('## A short example')) + '```json'.length;
  return JSON.parse(text.slice(start, text.indexOf('```', start)));
}

describe('the example of docs/interop/ctdl.md', () => {
  it('imports and exports as the page says', () => {
    const result = safeImportCtdlPathway(docsExample());
    if (!result.success) throw new Error(JSON.stringify(result.issues));
    const [program, a, b, c] = result.data.units;
    expect(program).toMatchObject({ id: 'P', kind: 'certificate', title: 'Data Analytics', requirements: { atLeast: 2, of: [{ unit: 'A' }, { unit: 'B' }, { unit: 'C' }] } });
    expect(a).toMatchObject({ id: 'A', kind: 'course', credits: { value: 3, system: 'us-semester' } });
    expect(b).toMatchObject({ id: 'B', kind: 'course' });
    expect(c).toMatchObject({ id: 'C', prerequisites: { unit: 'B' } });
    expect(result.warnings.some((w) => w.code === 'assumed' && /read as a prerequisite/.test(w.message))).toBe(true);
    const exported = safeExportCtdlPathway(parseCatalog({ ...result.data }), 'P', { credstack: false });
    if (!exported.success) throw new Error(JSON.stringify(exported.issues));
    const destination = exported.data['@graph'][1]!;
    expect(destination['ceterms:hasCondition']).toEqual([{ '@type': 'ceterms:ComponentCondition', 'ceterms:requiredNumber': 2, 'ceterms:targetComponent': ['_:A', '_:B', '_:C'] }]);
  });
});
