import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Io } from './Io.js';

/**
 * The real {@link Io}: the process's standard streams and `node:fs`. The
 * only module of credstack that touches the file system or the terminal.
 *
 * @example
 * ```ts
 * process.exitCode = await run(process.argv.slice(2), nodeIo);
 * ```
 *
 * @category Command line
 */
export const nodeIo: Io = {
  stdout(text) {
    process.stdout.write(text);
  },
  stderr(text) {
    process.stderr.write(text);
  },
  readFile(path) {
    return readFile(resolve(process.cwd(), path), 'utf8');
  },
  get cwd() {
    return process.cwd();
  },
};
