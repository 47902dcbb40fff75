import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the credstack entry point', () => {
  it('exits 3 for a missing file and prints no stack trace', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'validate', 'no-such-file.yaml'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CREDSTACK_DEBUG: '' },
    });
    expect(child.status).toBe(3);
    expect(child.stdout).toContain('no-such-file.yaml: cannot read: no such file');
    expect(child.stderr).not.toMatch(/^\s+at /m);
    expect(child.stderr).not.toContain('Error');
  }, 30_000);

  // Before: `credstack audit --json | head -1` printed an EPIPE stack trace and exited 1.
  it('ends quietly, with its own exit code, when the reader of its output goes away', async () => {
    const args = ['--import', 'tsx', 'src/cli/main.ts', 'audit', '--catalog', 'examples/data/scm-catalog.yaml', '--record', 'examples/data/learner-scm.yaml', '--program', 'mit-scmb', '--as-of', '2024-06-30', '--json'];
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, CREDSTACK_DEBUG: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    // Close the read end before the child writes: its first write meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  }, 30_000);
});
