import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/run.js';
import { parseCatalog } from '../../../src/catalog/parseCatalog.js';
import { safeAudit } from '../../../src/audit/safeAudit.js';
import { parseRecord } from '../../../src/record/parseRecord.js';
import { memoryIo, SCM_CATALOG } from '../memoryIo.js';
import { expectUsageError } from '../expectUsageError.js';

async function cli(files: Record<string, string>, ...argv: string[]) {
  const io = memoryIo({ 'scm.yaml': SCM_CATALOG, ...files });
  const code = await run(argv, io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

describe('credstack export ctdl, and import ctdl of what it wrote', () => {
  it('gives back a program that audits the same', async () => {
    const exported = await cli({}, 'export', 'ctdl', '--catalog', 'scm.yaml', '--program', 'mit-scmb');
    expect(exported.code).toBe(0);
    const pathway = JSON.parse(exported.out) as Record<string, unknown>;
    expect(JSON.stringify(pathway)).toContain('ceterms:Pathway');
    expect(exported.err).toMatch(/warning not_exported at /);
    const imported = await cli({ 'scmb.jsonld': exported.out }, 'import', 'ctdl', 'scmb.jsonld', '--json');
    expect(imported.code).toBe(0);
    const back = parseCatalog(imported.out);
    const original = parseCatalog(SCM_CATALOG);
    const record = parseRecord({ achievements: ['SC0x', 'SC1x', 'SC2x', 'SC3x', 'SC4x', 'SCMx-CFx'].map((unit, i) => ({ id: `a${i}`, unit, earnedOn: '2023-05-01', grade: { scale: 'percent', value: 80 }, verified: true })) });
    const before = safeAudit(original, record, 'mit-scmb', { asOf: '2024-06-30' });
    const after = safeAudit(back, record, 'mit-scmb', { asOf: '2024-06-30' });
    expect(before.success && after.success).toBe(true);
    if (before.success && after.success) {
      expect(after.data.status).toBe(before.data.status);
      expect(after.data.totals).toEqual(before.data.totals);
    }
  });

  it('writes the recognitions as transfer values', async () => {
    const { code, out } = await cli({}, 'export', 'ctdl', '--catalog', 'scm.yaml', '--transfer-values', '--plain');
    expect(code).toBe(0);
    expect(out).toContain('TransferValueProfile');
    expect(out).not.toContain('credstack:');
  });

  it('reports a program that does not exist, and usage mistakes', async () => {
    const missing = await cli({}, 'export', 'ctdl', '--catalog', 'scm.yaml', '--program', 'nope');
    expect(missing.code).toBe(3);
    expect(missing.err).toMatch(/nope/);
    expectUsageError(await cli({}, 'export', 'ctdl', '--catalog', 'scm.yaml'), /one of --program ID and --transfer-values/);
    expectUsageError(await cli({}, 'export', 'xml', '--catalog', 'scm.yaml', '--program', 'p'), /export writes ctdl/);
    expectUsageError(await cli({}, 'export', 'ctdl', '--program', 'p'), /needs --catalog/);
  });
});
