/**
 * The exit codes of the `credstack` command. Scripts may rely on them: they
 * never change meaning.
 *
 * | code | meaning |
 * | --- | --- |
 * | 0 | success: everything checked is valid (and, when asked, every program met) |
 * | 1 | a program is unmet and `--fail-unmet` was given |
 * | 2 | usage error: unknown command or option, missing or bad argument |
 * | 3 | invalid data: a file is missing, unreadable, malformed, or its document is invalid |
 * | 70 | internal error: a bug in credstack (please report it) |
 *
 * @example
 * ```ts
 * if (issues.length > 0) return EXIT_CODES.invalidData;
 * ```
 *
 * @category Command line
 */
export const EXIT_CODES = Object.freeze({
  success: 0,
  unmet: 1,
  usage: 2,
  invalidData: 3,
  internal: 70,
} as const);

/**
 * One of the {@link EXIT_CODES}.
 *
 * @category Command line
 */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
