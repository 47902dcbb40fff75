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

/** An Io whose files are the given map (text, or bytes for files that are not UTF-8); a missing file rejects like node:fs (ENOENT). */
export function memoryIo(files: Record<string, string | Uint8Array> = {}): MemoryIo {
  const contents = new Map(Object.entries(files));
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    cwd: '/work',
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readFile: async (path, maxBytes) => {
      const content = contents.get(path);
      if (content === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      if (bytes.length > maxBytes) throw Object.assign(new Error(`EFBIG: file too large, read '${path}'`), { code: 'EFBIG' });
      return bytes;
    },
    // Streams in 7-byte chunks, so that lines and characters straddle chunks as they do in real files.
    readChunks: (path) => {
      const content = contents.get(path);
      return (async function* chunks() {
        if (content === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
        const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
        for (let at = 0; at < bytes.length; at += 7) yield bytes.slice(at, at + 7);
      })();
    },
    stdoutText: () => out.join(''),
    stderrText: () => err.join(''),
  };
}

/** The bundled example catalog (MIT SCM MicroMasters pathways). */
export const SCM_CATALOG = readFileSync(fileURLToPath(new URL('../../examples/data/scm-catalog.yaml', import.meta.url)), 'utf8');
