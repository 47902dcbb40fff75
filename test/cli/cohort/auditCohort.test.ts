import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/run.js';
import { parseCatalog } from '../../../src/catalog/parseCatalog.js';
import { safeAudit } from '../../../src/audit/safeAudit.js';
import { memoryIo, SCM_CATALOG } from '../memoryIo.js';
import { expectUsageError } from '../expectUsageError.js';

const COHORT = readFileSync(fileURLToPath(new URL('../../../examples/data/cohort-scm.ndjson', import.meta.url)), 'utf8');
const BASE = ['--catalog', 'scm.yaml', '--records', 'cohort.ndjson', '--program', 'mit-scmb', '--as-of', '2024-06-30'];

async function audit(files: Record<string, string>, ...argv: string[]) {
  const io = memoryIo({ 'scm.yaml': SCM_CATALOG, 'cohort.ndjson': COHORT, ...files });
  const code = await run(['audit', ...argv], io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

interface Line {
  readonly line: number;
  readonly id?: string;
  readonly result?: { readonly satisfied: boolean; readonly totals: unknown; readonly root: unknown };
  readonly issues?: readonly { readonly code: string; readonly path: readonly (string | number)[] }[];
}

describe('credstack audit --records', () => {
  it('prints one result a line, in file order, each the audit of that record alone', async () => {
    const { code, out, err } = await audit({}, ...BASE);
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l) as Line);
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(lines.map((l) => l.id ?? null)).toEqual(['learner-001', 'learner-002', 'learner-004', 'learner-003', null, 'learner-006']);
    const catalog = parseCatalog(SCM_CATALOG);
    const records = COHORT.trimEnd().split('\n');
    for (const l of lines.filter((x) => x.result !== undefined)) {
      const alone = safeAudit(catalog, JSON.parse(records[l.line - 1]!), 'mit-scmb', { asOf: '2024-06-30' });
      expect(alone.success && alone.data).toEqual(l.result);
    }
    // A bad record is reported with its line and the path of the problem; the rest are still audited.
    expect(lines[2]?.issues?.[0]).toMatchObject({ code: 'invalid_date', path: ['achievements', 0, 'earnedOn'] });
    expect(lines[4]?.issues?.[0]?.code).toBe('malformed');
    expect(code).toBe(3);
    expect(err).toBe('cohort.ndjson: 6 records: 0 satisfied, 4 not satisfied, 2 not audited (lines 3, 5)\n');
  });

  it('exits 0 when every line was audited, and 1 with --fail-unmet when one is not satisfied', async () => {
    const good = COHORT.split('\n').filter((_, i) => i !== 2 && i !== 4).join('\n');
    expect((await audit({ 'cohort.ndjson': good }, ...BASE)).code).toBe(0);
    expect((await audit({ 'cohort.ndjson': good }, ...BASE, '--fail-unmet')).code).toBe(1);
  });

  it('reports an invalid catalog or an unknown program once, before reading any record', async () => {
    const missing = await audit({}, ...BASE.map((a) => (a === 'mit-scmb' ? 'no-such-program' : a)));
    expect(missing.code).toBe(3);
    expect(missing.out).toBe('');
    expect(missing.err).toMatch(/no-such-program/);
    const broken = await audit({ 'scm.yaml': 'units: [' }, ...BASE);
    expect(broken.code).toBe(3);
    expect(broken.err).toMatch(/^scm\.yaml:\d+:\d+: malformed/m);
  });

  it('says when the records file cannot be read', async () => {
    const { code, err } = await audit({}, ...BASE.map((a) => (a === 'cohort.ndjson' ? 'nowhere.ndjson' : a)));
    expect(code).toBe(3);
    expect(err).toBe('nowhere.ndjson: cannot read: no such file\n');
  });

  it('refuses options that do not go with a cohort', async () => {
    expectUsageError(await audit({}, ...BASE, '--record', 'x.yaml'), /--record and --records/);
    expectUsageError(await audit({}, ...BASE, '--markdown'), /--format markdown cannot be used with it/);
    expectUsageError(await audit({}, ...BASE, '--workers', '0'), /--workers must be a whole number from 1/);
    expectUsageError(await audit({}, '--catalog', 'scm.yaml', '--record', 'x.yaml', '--program', 'p', '--workers', '2'), /--workers goes with --records/);
  });
});
