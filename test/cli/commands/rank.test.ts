import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/run.js';
import { parseCatalog } from '../../../src/catalog/parseCatalog.js';
import { safeRank } from '../../../src/rank/safeRank.js';
import { memoryIo, SCM_CATALOG } from '../memoryIo.js';
import { expectUsageError } from '../expectUsageError.js';

const LEARNER = readFileSync(fileURLToPath(new URL('../../../examples/data/learner-scm.yaml', import.meta.url)), 'utf8');
const FILES = { 'scm.yaml': SCM_CATALOG, 'learner.yaml': LEARNER, 'broken.yaml': 'achievements:\n  - { id: a1, unit: [SC0x\n' };
const BASE = ['--catalog', 'scm.yaml', '--record', 'learner.yaml', '--as-of', '2024-06-30'];
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

async function rank(...argv: string[]) {
  const io = memoryIo(FILES);
  const code = await run(['rank', ...argv], io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

describe('credstack rank', () => {
  it('prints one line per program, closest first, and exits 0', async () => {
    const { code, out, err } = await rank(...BASE);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^As of: +2024-06-30$/m);
    expect(out).toMatch(/^\d+\. hes-almm Master of Liberal Arts .*: IN PROGRESS, 0 of 2 requirements met \(0%\), 16\/48 us-semester; plan: 27,200 USD, completes 2025-02-11, 8 units\n {3}counts: mitx-scm-micromasters, 16 credits, recognised through mitx-scm-micromasters, hes-scm-pathway$/m);
    expect(out).toMatch(/^\d+\. mit-scmb .*: IN PROGRESS, 1 of 2 requirements met \(50%\), 42\/90 mit-unit; plan: /m);
  });

  it('--json prints the result of safeRank as JSON', async () => {
    const { code, out } = await rank(...BASE, '--objective', 'time', '--json');
    expect(code).toBe(0);
    const expected = safeRank(parseCatalog(SCM_CATALOG), LEARNER, { asOf: '2024-06-30', plan: { objective: 'time' } });
    expect(expected.success).toBe(true);
    if (expected.success) expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(expected.data)));
  });

  it('--program limits the ranking; --no-plan ranks without plans', async () => {
    const { code, out } = await rank(...BASE, '--program', 'hes-almm', '--program', 'mit-scmb', '--no-plan', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out) as { programs: { program: { id: string }; plan?: unknown }[] };
    expect(result.programs.map((p) => p.program.id).sort()).toEqual(['hes-almm', 'mit-scmb']);
    expect(result.programs.every((p) => p.plan === undefined)).toBe(true);
    expect((await rank(...BASE, '--no-plan')).out).toContain('; plan: not planned\n');
  });

  it('--markdown prints a table with a row per program', async () => {
    const { code, out } = await rank(...BASE, '--markdown');
    expect(code).toBe(0);
    expect(out).toMatch(/^# Ranking\n/);
    expect(out).toContain('| # | Program | Status | Met | Credits | What counts | Plan cost | Completion | Units |\n');
    expect(out).toMatch(/^\| \d+ \| `hes-almm` Master of Liberal Arts .* \| 27,200 USD \| 2025-02-11 \| 8 \|$/m);
  });

  it('reports an unknown program at --program, exit 3, and with --json the problems as JSON', async () => {
    const { code, out, err } = await rank(...BASE, '--program', 'mit-phd');
    expect(code).toBe(3);
    expect(out).toBe('');
    expect(err).toBe('--program: unknown_reference at [0]: no program "mit-phd" in the catalog\n');
    const json = await rank(...BASE, '--program', 'mit-phd', '--json');
    expect(JSON.parse(json.out)).toEqual({
      files: [{ file: 'scm.yaml', kind: 'catalog', valid: true, issues: [], warnings: [] }],
      issues: [expect.objectContaining({ code: 'unknown_reference', path: ['options', 'programs', 0] })],
    });
  });

  it('reports a malformed record with its position, and missing files, without a stack trace, exit 3', async () => {
    const broken = await rank(...BASE, '--record', 'broken.yaml');
    expect(broken.code).toBe(3);
    expect(broken.err).toMatch(/^broken\.yaml:\d+:\d+: malformed: /m);
    const { code, err } = await rank(...BASE, '--catalog', 'gone.yaml');
    expect(code).toBe(3);
    expect(err).toBe('gone.yaml: cannot read: no such file\n');
    expect(err).not.toMatch(STACK_LINE);
  });

  it("--help prints the command's help", async () => {
    const { code, out } = await rank('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: credstack rank --catalog FILE --record FILE/);
    expect(out).toContain('--no-plan');
    expect(out).toContain('Exit codes:');
  });

  it.each([
    [['--catalog', 'scm.yaml', '--as-of', '2024-06-30'], /rank needs --record FILE/],
    [['--catalog', 'scm.yaml', '--record', 'learner.yaml'], /rank needs --as-of YYYY-MM-DD \(or --start YYYY-MM-DD, or --no-plan\)/],
    [[...BASE, '--no-plan', '--objective', 'time'], /--no-plan cannot be used with plan options/],
    [[...BASE, '--as-of', '2024-13-01'], /--as-of must be a real date/],
    [[...BASE, '--include', 'done'], /--include takes in-progress, planned/],
    [[...BASE, '--objective', 'fast'], /--objective takes cost, time, credits, count/],
    [[...BASE, '--json', '--markdown'], /--json and --markdown cannot be used together/],
    [[...BASE, '--alternatives', '2'], /unknown option '--alternatives'/],
  ])('%j is a usage error: exit 2, one message and a hint', async (argv, message) => {
    expectUsageError(await rank(...argv), message);
  });
});
