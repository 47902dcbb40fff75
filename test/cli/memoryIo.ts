import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../src/cli/Io.js';

/** An in-memory Io for the command-line tests, and what was written to it. */
export interface MemoryIo extends Io {
  readonly out: string[];
  readonly err: string[];
  /** Everything written to stdout, joined. */
  stdoutText(): string;
  /** Everything written to stderr, joined. */
  stderrText(): string;
}

/** An Io whose files are the given map; a missing file rejects like node:fs (ENOENT). */
export function memoryIo(files: Record<string, string> = {}): MemoryIo {
  const contents = new Map(Object.entries(files));
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    cwd: '/work',
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readFile: async (path) => {
      const text = contents.get(path);
      if (text !== undefined) return text;
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
    },
    stdoutText: () => out.join(''),
    stderrText: () => err.join(''),
  };
}

/** The bundled example catalog (MIT SCM MicroMasters pathways). */
export const SCM_CATALOG = readFileSync(fileURLToPath(new URL('../../examples/data/scm-catalog.yaml', import.meta.url)), 'utf8');
