import { describe, expect, it } from 'vitest';
import { safeParseCatalog } from '../../../src/catalog/safeParseCatalog.js';
import { smallCatalog, clone } from '../../_helpers/catalogs.js';

type Doc = { units: Record<string, unknown>[]; recognitions: Record<string, unknown>[] };

/** Issues (code and path) of the small catalog after `edit`. */
function issuesAfter(edit: (doc: Doc) => void): { code: string; path: string; message: string }[] {
  const doc = clone(smallCatalog()) as unknown as Doc;
  edit(doc);
  const result = safeParseCatalog(doc);
  return result.success ? [] : result.issues.map(({ code, path, message }) => ({ code, path: path.join('.'), message }));
}

const deg = (doc: Doc): Record<string, unknown> => doc.units.find((u) => u['id'] === 'DEG')!;
const degIndex = (doc: Doc): number => doc.units.indexOf(deg(doc));

describe('limits that give no figure', () => {
  it('maxPer with neither count nor credits', () => {
    let i = 0;
    const issues = issuesAfter((doc) => {
      i = degIndex(doc);
      deg(doc)['requirements'] = { id: 'root', maxPer: { by: 'subject' }, all: [{ unit: 'C1' }] };
    });
    expect(issues).toEqual([{ code: 'invalid_value', path: `units.${i}.requirements.maxPer`, message: 'no count or credits given in requirement "root"\'s maxPer, so nothing is limited' }]);
  });

  it('a requirement\'s maxRecognized with no credits, count or share', () => {
    const issues = issuesAfter((doc) => {
      deg(doc)['requirements'] = { id: 'root', maxRecognized: {}, all: [{ unit: 'C1' }] };
    });
    expect(issues.map((x) => [x.code, x.path.split('.').slice(2).join('.'), x.message])).toEqual([
      ['invalid_value', 'requirements.maxRecognized', 'no credits, count or share given in requirement "root"\'s maxRecognized, so nothing is limited'],
    ]);
  });

  it('residency and maxRecognized policies with no credits or share', () => {
    const issues = issuesAfter((doc) => {
      deg(doc)['policies'] = { residency: { institution: 'uni' }, maxRecognized: {} };
    });
    expect(issues.map((x) => [x.code, x.path.split('.').slice(2).join('.')])).toEqual([
      ['invalid_value', 'policies.residency'],
      ['invalid_value', 'policies.maxRecognized'],
    ]);
  });

  it('recognition limits with no credits or count', () => {
    const issues = issuesAfter((doc) => {
      doc.recognitions[0]!['limits'] = {};
    });
    expect(issues).toEqual([{ code: 'invalid_value', path: 'recognitions.0.limits', message: 'no credits or count given in recognition "r1"\'s limits, so nothing is limited' }]);
  });

  it('accepts a limit with any one of its figures', () => {
    const issues = issuesAfter((doc) => {
      deg(doc)['requirements'] = { id: 'root', maxPer: { by: 'subject', credits: 6 }, maxRecognized: { share: 0.5 }, all: [{ unit: 'C1' }] };
      deg(doc)['policies'] = { residency: { share: 0.5 }, maxRecognized: { credits: 12 } };
      doc.recognitions[0]!['limits'] = { count: 1 };
    });
    expect(issues).toEqual([]);
  });
});
