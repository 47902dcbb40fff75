import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/run.js';
import { parseCatalog } from '../../../src/catalog/parseCatalog.js';
import { safePlan } from '../../../src/plan/safePlan.js';
import { memoryIo, SCM_CATALOG } from '../memoryIo.js';
import { expectUsageError } from '../expectUsageError.js';

const LEARNER = readFileSync(fileURLToPath(new URL('../../../examples/data/learner-scm.yaml', import.meta.url)), 'utf8');
const BAD_RECORD = 'achievements:\n  - { id: a1, unit: SC0x, earnedOn: "2023-05-20" }\n  - { id: a2, unit: SC9x, earnedOn: "2023-09-01" }\n';
const FILES = { 'scm.yaml': SCM_CATALOG, 'learner.yaml': LEARNER, 'empty.yaml': 'achievements: []\n', 'bad.yaml': BAD_RECORD };
const BASE = ['--catalog', 'scm.yaml', '--record', 'learner.yaml', '--program', 'hes-almm', '--as-of', '2024-06-30'];
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

async function plan(...argv: string[]) {
  const io = memoryIo(FILES);
  const code = await run(['plan', ...argv], io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

describe('credstack plan', () => {
  it('prints the text report of the best plan and exits 0', async () => {
    const { code, out, err } = await plan(...BASE);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^Program: +Master of Liberal Arts \(ALM\) in Management, Harvard Extension School \(hes-almm\)$/m);
    expect(out).toMatch(/^Status: +PLANNED: the plan below completes the program$/m);
    expect(out).toContain('\n  Term 1: 2024-06-30 to 2024-10-29\n    - hes-mgmt-e100 Managerial Finance (illustrative code): 3,400 USD, 4 credits,');
    expect(out).toContain('\nTotals\n  Cost: 27,200 USD\n');
    expect(out).toMatch(/^Search: optimal \(exact search\), \d+ steps over \d+ candidate units$/m);
  });

  it('--json prints the result of safePlan as JSON', async () => {
    const { code, out } = await plan(...BASE, '--program', 'mit-scmb', '--record', 'empty.yaml', '--objective', 'time', '--json');
    expect(code).toBe(0);
    const expected = safePlan(parseCatalog(SCM_CATALOG), { achievements: [] }, 'mit-scmb', { asOf: '2024-06-30', objective: 'time' });
    expect(expected.success).toBe(true);
    if (expected.success) expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(expected.data)));
    expect(JSON.parse(out)).toMatchObject({ program: { id: 'mit-scmb' }, status: 'planned' });
  });

  it('--markdown prints the Markdown report', async () => {
    const { code, out } = await plan(...BASE, '--markdown');
    expect(code).toBe(0);
    expect(out).toMatch(/^# Plan: Master of Liberal Arts/);
    expect(out).toContain('\n## Schedule\n\n- Term 1: 2024-06-30 to 2024-10-29\n  - `hes-mgmt-e100` Managerial Finance');
  });

  it('passes the constraints and the calendar to the engine', async () => {
    const argv = [...BASE, '--per-term', '2', '--term-length', 'P6M', '--terms', 'spring,fall', '--avoid-provider', 'mitx', '--avoid-mode', 'blended', '--alternatives', '0', '--budget', '100000', '--latest', '2030-01-01', '--step-budget', '5000', '--json'];
    const { code, out } = await plan(...argv);
    expect(code).toBe(0);
    const result = JSON.parse(out) as { best: { terms: { label: string; units: string[] }[] }; alternatives: unknown[] };
    expect(result.best.terms.slice(0, 2).map((t) => t.label)).toEqual(['spring', 'fall']);
    for (const t of result.best.terms) expect(t.units.length).toBeLessThanOrEqual(2);
    expect(result.alternatives).toEqual([]);
    // Eight Harvard courses are needed beside the MicroMasters; without one of them, none will do.
    const short = await plan(...BASE, '--avoid-unit', 'hes-mgmt-e100', '--json');
    expect(JSON.parse(short.out)).toMatchObject({ status: 'infeasible', unmet: ['courses'] });
    const tooPoor = await plan(...BASE, '--budget', '1000', '--json');
    expect(JSON.parse(tooPoor.out)).toMatchObject({ status: 'infeasible' });
    expect((await plan(...BASE, '--budget', '1000')).out).toMatch(/^Status: +INFEASIBLE: /m);
  });

  it('reports an unknown program, exit 3, and with --json the problems as JSON', async () => {
    const { code, out, err } = await plan(...BASE, '--program', 'mit-phd');
    expect(code).toBe(3);
    expect(out).toBe('');
    expect(err).toMatch(/^--program: unknown_reference: .*"mit-phd"/);
    const json = await plan(...BASE, '--program', 'mit-phd', '--json');
    expect(json.code).toBe(3);
    expect(JSON.parse(json.out)).toEqual({
      files: [{ file: 'scm.yaml', kind: 'catalog', valid: true, issues: [], warnings: [] }],
      issues: [expect.objectContaining({ code: 'unknown_reference', path: ['program'] })],
    });
  });

  it('reports an invalid record with its file, line and column, exit 3', async () => {
    const { code, out, err } = await plan(...BASE, '--record', 'bad.yaml');
    expect(code).toBe(3);
    expect(out).toBe('');
    expect(err).toBe('bad.yaml:3:21: unknown_reference at achievements[1].unit: achievement "a2" names unit "SC9x", which is not in the catalog\n');
  });

  it('reports missing files without a stack trace, exit 3', async () => {
    const { code, err } = await plan(...BASE, '--catalog', 'gone.yaml', '--record', 'lost.yaml');
    expect(code).toBe(3);
    expect(err).toBe('gone.yaml: cannot read: no such file\nlost.yaml: cannot read: no such file\n');
    expect(err).not.toMatch(STACK_LINE);
  });

  it('--latest before the start is invalid data, placed at --latest', async () => {
    const { code, err } = await plan(...BASE, '--latest', '2024-01-01');
    expect(code).toBe(3);
    expect(err).toMatch(/^--latest: invalid_range: the latest day 2024-01-01 is before the start 2024-06-30$/m);
  });

  it("--help prints the command's help", async () => {
    const { code, out } = await plan('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: credstack plan --catalog FILE --record FILE --program ID/);
    expect(out).toContain('--objective WHAT');
    expect(out).toContain('Exit codes:');
    expect(out).toContain('Examples:');
  });

  it.each([
    [['--catalog', 'scm.yaml', '--record', 'learner.yaml', '--as-of', '2024-06-30'], /plan needs --program ID/],
    [['--catalog', 'scm.yaml', '--record', 'learner.yaml', '--program', 'hes-almm'], /plan needs --as-of YYYY-MM-DD or --start YYYY-MM-DD/],
    [[...BASE, '--as-of', '2023-02-30'], /--as-of must be a real date written YYYY-MM-DD, not '2023-02-30'/],
    [[...BASE, '--start', 'tomorrow'], /--start must be a real date/],
    [[...BASE, '--objective', 'cheap'], /--objective takes cost, time, credits, count, or weights like cost=1,time=5, not 'cheap'/],
    [[...BASE, '--objective', 'cost=0'], /--objective needs a weight above 0/],
    [[...BASE, '--budget', 'lots'], /--budget must be a number at least 0 \(1500 or 1500\.50\), not 'lots'/],
    [[...BASE, '--avoid-mode', 'remote'], /--avoid-mode takes online, on-campus, blended, not 'remote'/],
    [[...BASE, '--term-length', 'P0D'], /--term-length must be an ISO 8601 duration .*not zero/],
    [[...BASE, '--per-term', '0'], /--per-term must be a whole number from 1 to 1000, not '0'/],
    [[...BASE, '--alternatives', '21'], /--alternatives must be a whole number from 0 to 20/],
    [[...BASE, '--terms', 'spring,,fall'], /--terms takes up to 52 labels/],
    [[...BASE, '--json', '--markdown'], /--json and --markdown cannot be used together/],
    [[...BASE, '--verbose'], /unknown option '--verbose'/],
  ])('%j is a usage error: exit 2, one message and a hint', async (argv, message) => {
    expectUsageError(await plan(...argv), message);
  });

  it('is listed in credstack --help, after audit', async () => {
    const io = memoryIo();
    expect(await run(['--help'], io)).toBe(0);
    expect(io.stdoutText()).toMatch(/^ {2}audit +.*\n {2}plan +Plan the cheapest \(or fastest\) units that complete a program\n {2}rank +/m);
  });
});
