import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { memoryIo } from './memoryIo.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('run', () => {
  it.each([['--version'], ['-V']])('%s prints the version of package.json', async (flag) => {
    const io = memoryIo();
    expect(await run([flag], io)).toBe(0);
    expect(io.stdoutText()).toBe(`${version}\n`);
  });

  it.each([['--help'], ['-h'], ['help']])('%s lists the commands and the exit codes', async (flag) => {
    const io = memoryIo();
    expect(await run([flag], io)).toBe(0);
    const help = io.stdoutText();
    expect(help).toContain('validate');
    expect(help).toMatch(/^\s+3\s+invalid data/m);
    expect(help).toMatch(/^\s+2\s+usage error/m);
  });

  it('help <command> and <command> --help print the command\'s help', async () => {
    const a = memoryIo();
    const b = memoryIo();
    expect(await run(['help', 'validate'], a)).toBe(0);
    expect(await run(['validate', '--help'], b)).toBe(0);
    expect(a.stdoutText()).toMatch(/^Usage: credstack validate FILE\.\.\./);
    expect(b.stdoutText()).toBe(a.stdoutText());
  });

  it.each([
    [[], /Usage:/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['--frobnicate'], /unknown option '--frobnicate'/],
    [['help', 'frobnicate'], /unknown command 'frobnicate'/],
  ])('%j is a usage error (exit 2) on stderr', async (argv, message) => {
    const io = memoryIo();
    expect(await run(argv, io)).toBe(2);
    expect(io.stderrText()).toMatch(message);
    expect(io.stdoutText()).toBe('');
  });

  it('ends a usage error with a one-line hint to credstack --help', async () => {
    const io = memoryIo();
    await run(['frobnicate'], io);
    expect(io.stderrText().trimEnd().split('\n')).toEqual([expect.stringMatching(/^credstack: /), 'Run "credstack --help" for usage.']);
  });
});
