import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import { Catalog } from '../../src/catalog/Catalog.js';
import { compile } from '../../src/audit/compile/compile.js';
import { safeAudit } from '../../src/audit/safeAudit.js';
import { safeAuditCompiled } from '../../src/audit/safeAuditCompiled.js';
import type { SafeResult } from '../../src/issues/Result.js';
import { smallCatalog, course } from '../_helpers/catalogs.js';

const catalog = parseCatalog(smallCatalog());
const compiled = compile(catalog, 'DEG');
const record = { achievements: [{ id: 'a1', unit: 'C1', earnedOn: '2023-05-20' }] };

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

function failure(result: SafeResult<unknown>): string[] {
  return result.success ? ['success'] : result.issues.map((i) => `${i.code}@${i.path.join('.')}`);
}

describe('safe audits on values that are not the library\'s', () => {
  // Before: each of these threw a TypeError from deep inside.
  it.each([
    ['null', null],
    ['an empty object', {}],
    ['a copy through JSON', JSON.parse(JSON.stringify({ ...compiled, catalog: {} })) as unknown],
    ['a revoked Proxy', revoked()],
    ['an object whose getter throws', { get catalog(): never { throw new Error('no'); } }],
  ])('safeAuditCompiled takes %s in place of a compiled program as an issue', (_, value) => {
    expect(failure(safeAuditCompiled(value as never, record))).toEqual(['invalid_type@program']);
  });

  it.each([
    ['a revoked Proxy', revoked()],
    ['an object that borrows the prototype', Object.create(Catalog.prototype) as unknown],
    ['a Proxy of a real catalog', new Proxy(catalog, {})],
  ])('safeAudit takes %s in place of a catalog as an issue', (_, value) => {
    expect(failure(safeAudit(value as never, record, 'DEG'))).toEqual(['invalid_type@catalog']);
  });

  it('turns options that cannot be read into issues at their path', () => {
    expect(failure(safeAuditCompiled(compiled, record, revoked() as never))).toEqual(['invalid_type@options']);
    const getter = { get asOf(): string { throw new Error('no'); } };
    expect(failure(safeAuditCompiled(compiled, record, getter))).toEqual(['invalid_type@options.asOf']);
    expect(failure(safeAudit(catalog, record, 'DEG', null as never))).toEqual(['invalid_type@options']);
  });

  it('turns a record that cannot be read into an issue at its path', () => {
    expect(failure(safeAuditCompiled(compiled, { achievements: [revoked()] }))).toEqual(['invalid_type@record.achievements.0']);
  });

  it('still audits a compiled program', () => {
    expect(safeAuditCompiled(compiled, record).success).toBe(true);
  });
});

describe('credit figures stay numbers', () => {
  // Before: credits of 1e308 summed to Infinity, which JSON prints as null, at 100%.
  it('refuses credits so large that their sum would overflow', () => {
    const huge = { achievements: [0, 1].map((i) => ({ id: `a${i}`, unit: 'C1', earnedOn: '2023-05-20', credits: { value: 1e308, system: 'us-semester' } })) };
    expect(failure(safeAudit(catalog, huge, 'DEG'))).toEqual(['invalid_credits@record.achievements.0.credits.value', 'invalid_credits@record.achievements.1.credits.value']);
  });

  it('keeps every total finite at the largest credits allowed', () => {
    const doc = smallCatalog();
    doc.units = doc.units.map((u) => (u.kind === 'course' ? course(u.id, { ...u, credits: { value: 1_000_000_000, system: 'clock-hour' } }) : u));
    const big = parseCatalog(doc);
    const outcome = safeAudit(big, { achievements: ['C1', 'C2', 'C3'].map((unit, i) => ({ id: `a${i}`, unit, earnedOn: '2023-05-20' })) }, 'DEG');
    expect(outcome.success).toBe(true);
    if (!outcome.success) return;
    const json = JSON.stringify(outcome.data);
    expect(json).not.toContain('null');
    for (const figure of Object.values(outcome.data.totals.credits)) if (figure !== undefined) expect(Number.isFinite(figure)).toBe(true);
  });
});
