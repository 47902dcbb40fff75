import { spawnSync } from 'node:child_process';
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
});
