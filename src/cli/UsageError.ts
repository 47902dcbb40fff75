/**
 * A mistake in how the command was called (unknown option, missing file
 * argument, bad value). {@link run} prints its message with a hint to
 * `credstack --help` and exits with code 2; never a stack trace.
 *
 * @example
 * ```ts
 * if (files.length === 0) throw new UsageError('validate needs at least one FILE');
 * ```
 *
 * @category Command line
 */
export class UsageError extends Error {
  /** @param message - one line saying what is wrong, without a trailing period */
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
