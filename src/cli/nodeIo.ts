import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { workerPool } from './cohort/workerPool.js';
import { colorFor } from './colorFor.js';
import type { Io } from './Io.js';

/**
 * The real {@link Io}: the process's standard streams and `node:fs`. The
 * only module of credstack that touches the file system or the terminal.
 * Once a stream is closed (`credstack audit --json | head -1`), what is
 * still written to it is dropped: the entry point ends quietly.
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
    if (!process.stdout.destroyed) process.stdout.write(text);
  },
  stderr(text) {
    if (!process.stderr.destroyed) process.stderr.write(text);
  },
  readFile(path, maxBytes) {
    return readAtMost(resolve(process.cwd(), path), maxBytes);
  },
  get cwd() {
    return process.cwd();
  },
  readChunks(path) {
    return createReadStream(resolve(process.cwd(), path), { highWaterMark: 1 << 16 });
  },
  drain() {
    const out = process.stdout;
    if (!out.writableNeedDrain || out.destroyed) return Promise.resolve();
    // A reader that went away never drains: closing or failing ends the wait too.
    return new Promise((done) => {
      const finish = (): void => {
        out.off('drain', finish).off('close', finish).off('error', finish);
        done();
      };
      out.on('drain', finish).on('close', finish).on('error', finish);
    });
  },
  get stdoutColor() {
    return colorFor(process.stdout, process.env);
  },
  get stderrIsTTY() {
    return process.stderr.isTTY === true;
  },
  now: () => performance.now(),
  get cores() {
    return availableParallelism();
  },
  startCohortPool(setup, workers) {
    return workerPool(new URL('./cohortWorker.js', import.meta.url), setup, workers);
  },
};

/** Reads a file, but never more than `maxBytes` (a pipe or device may not say its size). */
async function readAtMost(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw tooBig(path, maxBytes);
    const chunks: Uint8Array[] = [];
    let total = 0;
    // The whole file at once when its size is known, then small reads to find its end.
    let want = Math.max(size, 1);
    for (;;) {
      const chunk = new Uint8Array(Math.min(want, maxBytes + 1 - total));
      want = 65_536;
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooBig(path, maxBytes);
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

function tooBig(path: string, maxBytes: number): Error {
  return Object.assign(new Error(`EFBIG: file larger than ${maxBytes} bytes, read '${path}'`), { code: 'EFBIG' });
}

