import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/run.js';
import { memoryIo, SCM_CATALOG } from '../memoryIo.js';
import { expectUsageError } from '../expectUsageError.js';

const LEARNER = readFileSync(fileURLToPath(new URL('../../../examples/data/learner-scm.yaml', import.meta.url)), 'utf8');
const PLANNED = `${LEARNER}  - { id: a-res, unit: mit-scm-residence, status: planned }\n`;
const UNKNOWN_UNIT = `achievements:
  - { id: a1, unit: SC0x, earnedOn: "2023-05-20" }
  - { id: a2, unit: SC9x, earnedOn: "2023-09-01" }
`;
const FILES = { 'scm.yaml': SCM_CATALOG, 'learner.yaml': LEARNER, 'planned.yaml': PLANNED, 'bad.yaml': UNKNOWN_UNIT };
const BASE = ['--catalog', 'scm.yaml', '--record', 'learner.yaml', '--program', 'mit-scmb', '--as-of', '2024-06-30'];
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

async function audit(...argv: string[]) {
  const io = memoryIo(FILES);
  const code = await run(['audit', ...argv], io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

describe('credstack audit', () => {
  it('prints the text report and exits 0, even when the program is unmet', async () => {
    const { code, out, err } = await audit(...BASE);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^Program: +Master of Applied Science in Supply Chain Management \(blended\) \(mit-scmb\)$/m);
    expect(out).toMatch(/^Credits: +42\/90 mit-unit, 48 remaining \(46\.7%\)$/m);
    expect(out).toContain('[ ] Semester in residence (January to June) [residence]: 0/1\n');
  });

  it('--json prints the result as JSON', async () => {
    const { code, out } = await audit(...BASE, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out) as { satisfied: boolean; program: { id: string }; totals: { credits: { applied: number } } };
    expect(result.satisfied).toBe(false);
    expect(result.program.id).toBe('mit-scmb');
    expect(result.totals.credits.applied).toBe(42);
  });

  it('--markdown prints the Markdown report', async () => {
    const { code, out } = await audit(...BASE, '--markdown');
    expect(code).toBe(0);
    expect(out).toMatch(/^# Audit: Master of Applied Science/);
    expect(out).toContain('- ✗ Semester in residence (January to June) \\[`residence`\\]: 0/1\n');
  });

  it('--fail-unmet exits 1 when the program is not satisfied, still printing the report', async () => {
    const { code, out } = await audit(...BASE, '--fail-unmet');
    expect(code).toBe(1);
    expect(out).toMatch(/^Status: +IN PROGRESS$/m);
  });

  it('--include planned lets a planned achievement count', async () => {
    const without = await audit(...BASE, '--record', 'planned.yaml', '--fail-unmet');
    expect(without.code).toBe(1);
    expect(without.out).toContain('  - a-res (mit-scm-residence)\n    planned; counts only with look-ahead (planned)\n');
    const withPlanned = await audit(...BASE, '--record', 'planned.yaml', '--include', 'planned', '--fail-unmet');
    expect(withPlanned.code).toBe(0);
    expect(withPlanned.out).toMatch(/^Status: +SATISFIED \(with look-ahead\)$/m);
    expect(withPlanned.out).toContain('- mit-scm-residence (a-res), 48 credits, from the record (look-ahead)\n');
    const json = await audit(...BASE, '--record', 'planned.yaml', '--include', 'in-progress,planned', '--json');
    expect(JSON.parse(json.out)).toMatchObject({ satisfied: true, lookAhead: ['a-res'] });
  });

  it('reports an invalid record with the file, line and column, exit 3', async () => {
    const { code, out, err } = await audit(...BASE, '--record', 'bad.yaml');
    expect(code).toBe(3);
    expect(out).toBe('');
    expect(err).toBe('bad.yaml:3:21: unknown_reference at achievements[1].unit: achievement "a2" names unit "SC9x", which is not in the catalog\n');
  });

  it('reports malformed YAML in the record with its position, exit 3', async () => {
    const io = memoryIo({ ...FILES, 'broken.yaml': 'achievements:\n  - { id: a1, unit: [SC0x\n' });
    const code = await run(['audit', ...BASE, '--record', 'broken.yaml'], io);
    expect(code).toBe(3);
    expect(io.stderrText()).toMatch(/^broken\.yaml:\d+:\d+: malformed: /m);
  });

  it('reports an invalid catalog like validate does, exit 3', async () => {
    const io = memoryIo({ ...FILES, 'c.yaml': SCM_CATALOG.replace('provider: mitx\n', 'provider: mitxx\n') });
    const code = await run(['audit', ...BASE, '--catalog', 'c.yaml'], io);
    expect(code).toBe(3);
    expect(io.stderrText()).toMatch(/^c\.yaml:\d+:15: unknown_reference at units\[0\]\.provider: /m);
  });

  it('reports an unknown program, exit 3', async () => {
    const { code, out, err } = await audit(...BASE, '--program', 'mit-phd');
    expect(code).toBe(3);
    expect(out).toBe('');
    expect(err).toBe('--program: unknown_reference: cannot audit against "mit-phd": no unit "mit-phd" in the catalog\n');
  });

  it('reports missing files without a stack trace, exit 3', async () => {
    const { code, err } = await audit(...BASE, '--catalog', 'gone.yaml', '--record', 'lost.yaml');
    expect(code).toBe(3);
    expect(err).toBe('gone.yaml: cannot read: no such file\nlost.yaml: cannot read: no such file\n');
    expect(err).not.toMatch(STACK_LINE);
  });

  it('--step-budget is passed to the engine', async () => {
    const { code, out } = await audit(...BASE, '--step-budget', '1000', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ optimal: true, steps: expect.any(Number) });
  });

  it('--help prints the command\'s help', async () => {
    const { code, out } = await audit('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: credstack audit --catalog FILE --record FILE --program ID/);
    expect(out).toContain('--fail-unmet');
  });

  it.each([
    [['--catalog', 'scm.yaml', '--record', 'learner.yaml'], /audit needs --program ID/],
    [['--record', 'learner.yaml', '--program', 'mit-scmb'], /audit needs --catalog FILE/],
    [['--catalog', 'scm.yaml', '--program', 'mit-scmb'], /audit needs --record FILE/],
    [[...BASE, '--as-of', '30/06/2024'], /--as-of must be a real date written YYYY-MM-DD, not '30\/06\/2024'/],
    [[...BASE, '--as-of', '2023-02-30'], /--as-of must be a real date/],
    [[...BASE, '--include', 'completed'], /--include takes in-progress, planned/],
    [[...BASE, '--step-budget', '0'], /--step-budget must be a whole number at least 1/],
    [[...BASE, '--step-budget', '1e3'], /--step-budget must be a whole number/],
    [[...BASE, '--json', '--markdown'], /--json and --markdown cannot be used together/],
    [[...BASE, 'extra.yaml'], /unexpected argument 'extra\.yaml'/],
    [[...BASE, '--verbose'], /unknown option '--verbose'/],
  ])('%j is a usage error: exit 2, one message and a hint', async (argv, message) => {
    expectUsageError(await audit(...argv), message);
  });

  it('is listed in credstack --help', async () => {
    const io = memoryIo();
    expect(await run(['--help'], io)).toBe(0);
    expect(io.stdoutText()).toMatch(/^ {2}audit +Audit a learner's record against a program/m);
  });

  // Before: with --json, a failed audit printed nothing on standard output.
  it('--json prints the problems as JSON when the audit cannot run, in the shape of validate --json', async () => {
    const program = await audit(...BASE, '--program', 'mit-phd', '--json');
    expect(program.code).toBe(3);
    expect(JSON.parse(program.out)).toEqual({
      files: [{ file: 'scm.yaml', kind: 'catalog', valid: true, issues: [], warnings: [] }],
      issues: [expect.objectContaining({ code: 'unknown_reference', path: ['program'] })],
    });
    const record = await audit(...BASE, '--record', 'bad.yaml', '--json');
    expect(record.code).toBe(3);
    expect(JSON.parse(record.out)).toMatchObject({
      files: [{ file: 'scm.yaml', valid: true }, { file: 'bad.yaml', kind: 'record', valid: false, issues: [{ code: 'unknown_reference', path: ['achievements', 1, 'unit'], line: 3, column: 21 }] }],
      issues: [],
    });
    expect(record.err).toContain('bad.yaml:3:21: unknown_reference at achievements[1].unit');
    const missing = await audit(...BASE, '--catalog', 'gone.yaml', '--json');
    expect(JSON.parse(missing.out)).toEqual({ files: [{ file: 'gone.yaml', kind: 'catalog', valid: false, issues: [], warnings: [], error: 'no such file' }], issues: [] });
  });

  it('refuses files larger than --max-size', async () => {
    const { code, err } = await audit(...BASE, '--max-size', '2K');
    expect(code).toBe(3);
    expect(err).toMatch(/^scm\.yaml: too_large: the file is larger than 2000 bytes/m);
    expect((await audit(...BASE, '--max-size', '1M')).code).toBe(0);
  });
});
