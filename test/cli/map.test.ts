import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { memoryIo, SCM_CATALOG } from './memoryIo.js';
import { expectUsageError } from './expectUsageError.js';

const FILES = { 'scm.yaml': SCM_CATALOG, 'broken.yaml': 'units: [ {' };

async function map(...argv: string[]) {
  const io = memoryIo(FILES);
  const code = await run(['map', ...argv], io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

describe('credstack map', () => {
  it('prints the text table and exits 0', async () => {
    const { code, out, err } = await map('--catalog', 'scm.yaml', '--as-of', '2024-06-30');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^mitx-scm-micromasters +hes-almm +recognized via hes-scm-pathway +16 us-semester +courses$/m);
  });

  it('--json prints the map; --program narrows it', async () => {
    const { code, out } = await map('--catalog', 'scm.yaml', '--program', 'mit-scmb', '--json');
    expect(code).toBe(0);
    const data = JSON.parse(out) as { programs: { id: string }[]; entries: { credential: string; credits: number }[] };
    expect(data.programs.map((p) => p.id)).toEqual(['mit-scmb']);
    expect(data.entries.find((e) => e.credential === 'mitx-scm-micromasters')?.credits).toBe(42);
  });

  it('--markdown and --mermaid print those forms', async () => {
    expect((await map('--catalog', 'scm.yaml', '--markdown')).out).toMatch(/^# Credit map$/m);
    expect((await map('--catalog', 'scm.yaml', '--mermaid')).out.startsWith('flowchart LR\n')).toBe(true);
  });

  it('an unknown program is told at --program and exits 3', async () => {
    const { code, out, err } = await map('--catalog', 'scm.yaml', '--program', 'mit-scmx');
    expect(code).toBe(3);
    expect(out).toBe('');
    expect(err).toBe('--program: unknown_reference at [0]: no unit "mit-scmx" in the catalog\n');
  });

  it('a broken or missing catalog exits 3, with the problem on stderr (and as JSON with --json)', async () => {
    expect((await map('--catalog', 'broken.yaml')).code).toBe(3);
    const missing = await map('--catalog', 'nope.yaml', '--json');
    expect(missing.code).toBe(3);
    expect(missing.err).toContain('nope.yaml: cannot read');
    expect(JSON.parse(missing.out)).toMatchObject({ files: [{ file: 'nope.yaml', valid: false }], issues: [] });
  });

  it('usage errors exit 2', async () => {
    expectUsageError(await map('--as-of', '2024-06-30'), /--catalog/);
    expectUsageError(await map('--catalog', 'scm.yaml', '--as-of', '2024-02-30'), /--as-of/);
    expectUsageError(await map('--catalog', 'scm.yaml', '--json', '--mermaid'), /cannot be used together/);
  });

  it('--help prints the help', async () => {
    const { code, out } = await map('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: credstack map --catalog FILE/);
  });
});
