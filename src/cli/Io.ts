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
   * Reads a file as UTF-8 text. A relative path is resolved against
   * {@link Io.cwd}. Rejects with an error carrying a Node-style `code`
   * (`ENOENT`, `EACCES`, `EISDIR`, ...) when the file cannot be read.
   */
  readFile(path: string): Promise<string>;
  /** The directory relative paths are resolved against. */
  readonly cwd: string;
}
