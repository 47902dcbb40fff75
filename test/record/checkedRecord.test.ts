import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/record/parseRecord.js';
import { safeParseRecord } from '../../src/record/safeParseRecord.js';
import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import { compile } from '../../src/audit/compile/compile.js';
import { safeAuditCompiled } from '../../src/audit/safeAuditCompiled.js';
import { checkedRecord } from '../../src/record/checkedRecord.js';
import { smallCatalog } from '../_helpers/catalogs.js';

const catalog = parseCatalog(smallCatalog());
const input = () => ({
  learner: { id: 'l1' },
  achievements: [
    { id: 'a1', unit: 'C1', earnedOn: '2023-05-20', grade: { scale: 'letter', value: 'B' }, issuer: 'uni' },
    { id: 'a2', externalId: { scheme: 'coursera', id: 'nowhere' }, earnedOn: '2023-05-20' },
  ],
});

describe('a record the reader made, passed again', () => {
  it('is returned as it is, with the warnings the catalog check gave', () => {
    const first = safeParseRecord(input(), { catalog });
    expect(first.success).toBe(true);
    if (!first.success) return;
    expect(first.warnings.map((w) => w.code)).toEqual(['unknown_reference']);
    const again = safeParseRecord(first.data, { catalog });
    expect(again.success && again.data).toBe(first.data);
    expect(again.success && again.warnings).toEqual(first.warnings);
  });

  it('is checked again against another catalog', () => {
    const record = parseRecord(input(), { catalog });
    const doc = smallCatalog();
    const other = parseCatalog({ ...doc, units: doc.units.filter((u) => u.id === 'C2'), recognitions: [] });
    const r = safeParseRecord(record, { catalog: other });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.map((i) => [i.code, i.path])).toEqual([['unknown_reference', ['achievements', 0, 'unit']]]);
  });

  it('keeps no catalog warnings when read without a catalog', () => {
    const record = parseRecord(input(), { catalog });
    const r = safeParseRecord(record);
    expect(r.success && r.warnings).toEqual([]);
  });

  it('leaves the mark behind in copies, which are read afresh', () => {
    const record = parseRecord(input(), { catalog });
    expect(checkedRecord(record)?.record).toBe(record);
    for (const copy of [{ ...record }, structuredClone(record), JSON.parse(JSON.stringify(record)) as unknown, Object.freeze({ ...record })]) {
      expect(checkedRecord(copy)).toBeUndefined();
      const r = safeParseRecord(copy, { catalog });
      expect(r.success && r.data).not.toBe(record);
      expect(r.success && r.data).toEqual(record);
    }
  });

  it('is not forged by a Proxy or a plain object, and a revoked Proxy is an issue, not a throw', () => {
    const record = parseRecord(input(), { catalog });
    expect(checkedRecord(new Proxy(record, {}))).toBeUndefined();
    const { proxy, revoke } = Proxy.revocable(record, {});
    revoke();
    expect(checkedRecord(proxy)).toBeUndefined();
    expect(safeParseRecord(proxy).success).toBe(false);
    expect(checkedRecord({ record })).toBeUndefined();
  });

  it('is read afresh when limits are asked for', () => {
    const record = parseRecord(input(), { catalog });
    const r = safeParseRecord(record, { catalog, maxNodes: 3 });
    expect(r.success).toBe(false);
  });

  it('audits as its copy does', () => {
    const record = parseRecord(input(), { catalog });
    const program = compile(catalog, 'DEG');
    const marked = safeAuditCompiled(program, record, { asOf: '2024-01-01' });
    const copy = safeAuditCompiled(program, JSON.parse(JSON.stringify(record)) as unknown, { asOf: '2024-01-01' });
    expect(marked.success).toBe(true);
    expect(marked).toEqual(copy);
  });
});
