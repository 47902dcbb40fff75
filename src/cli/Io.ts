import type { CohortPool, CohortSetup } from './cohort/CohortPool.js';

/**
 * Everything the command line needs from the outside world. The command
 * line reaches the file system and the terminal only through an `Io`, so
 * that tests can run it against files held in memory.
 *
 * @example
 * ```ts
 * const exitCode = await run(['validate', 'catalog.yaml'], nodeIo);
 * ```
 *
 * @category Command line
 */
export interface Io {
  /** Writes text to standard output, as given (callers end lines with `\n`). */
  stdout(text: string): void;
  /** Writes text to standard error, as given. */
  stderr(text: string): void;
  /**
   * Reads a file's bytes; the command line decodes them as UTF-8 itself, so
   * that bytes that are not UTF-8 can be reported. A relative path is
   * resolved against {@link Io.cwd}. Rejects with an error carrying a
   * Node-style `code` (`ENOENT`, `EACCES`, `EISDIR`, ...) when the file
   * cannot be read, and with `EFBIG` when it holds more than `maxBytes`
   * bytes, without reading more than that.
   */
  readFile(path: string, maxBytes: number): Promise<Uint8Array>;
  /** The directory relative paths are resolved against. */
  readonly cwd: string;
  /**
   * Reads a file as a stream of byte chunks, for files read line by line
   * (`audit --records`); rejects or throws like {@link Io.readFile}.
   * Without it, such files are read whole, up to the size limit.
   */
  readChunks?(path: string): AsyncIterable<Uint8Array>;
  /** Resolves when standard output has room for more (backpressure); absent, writes never wait. */
  drain?(): Promise<void>;
  /**
   * Whether to colour what goes to standard output: `FORCE_COLOR` (not `0`
   * or `false`) turns colour on, a non-empty `NO_COLOR` turns it off, and
   * otherwise a terminal that shows colour has it. Absent, no colour.
   */
  readonly stdoutColor?: boolean;
  /** Whether standard error is a terminal (progress lines are shown only there). */
  readonly stderrIsTTY?: boolean;
  /** A clock in milliseconds, for progress and timings; absent, none are shown. */
  now?(): number;
  /** Cores to run on: the default number of auditors for `audit --records`. */
  readonly cores?: number;
  /** Starts auditors on worker threads; absent, a cohort is audited on the calling thread. */
  startCohortPool?(setup: CohortSetup, workers: number): Promise<CohortPool>;
}
