import type { Io } from './Io.js';
import { EXIT_CODES, type ExitCode } from './exitCodes.js';

/**
 * Reports an error the command line did not expect (a bug, not a user's
 * mistake): one line with its message and a request to report it. The
 * stack trace is printed only when `debug` is true (`CREDSTACK_DEBUG=1`).
 *
 * @param error - what was thrown
 * @param io - where to write
 * @param debug - print the stack trace too
 * @returns the exit code for internal errors, 70
 *
 * @example
 * ```ts
 * process.exitCode = reportInternalError(error, nodeIo, process.env['CREDSTACK_DEBUG'] === '1');
 * ```
 *
 * @category Command line
 */
export function reportInternalError(error: unknown, io: Io, debug: boolean): ExitCode {
  const message = error instanceof Error ? error.message : describe(error);
  io.stderr(`credstack: internal error: ${firstLine(message)}\n`);
  io.stderr('This is a bug in credstack. Please report it, with the command you ran and, if you can, the files.\n');
  if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  else io.stderr('Set CREDSTACK_DEBUG=1 to see the stack trace.\n');
  return EXIT_CODES.internal;
}

function describe(thrown: unknown): string {
  try {
    return String(thrown);
  } catch {
    return 'a value that cannot be printed was thrown';
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
