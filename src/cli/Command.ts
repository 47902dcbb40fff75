import type { Io } from './Io.js';
import type { ExitCode } from './exitCodes.js';

/**
 * One subcommand of `credstack` (`validate`, `audit`, ...). To add a
 * command, write it in `src/cli/commands/` and list it, with its one-line
 * summary and how to load it, in {@link COMMANDS}.
 *
 * @example
 * ```ts
 * export const hello: Command = {
 *   name: 'hello',
 *   help: 'Usage: credstack hello\n',
 *   async run(_args, io) {
 *     io.stdout('hello\n');
 *     return EXIT_CODES.success;
 *   },
 * };
 * ```
 *
 * @category Command line
 */
export interface Command {
  /** The word that selects the command: `credstack <name> ...`. */
  readonly name: string;
  /** The full help text (usage, options, examples), ending with a newline. */
  readonly help: string;
  /**
   * Runs the command. Throws {@link UsageError} for a usage mistake (the
   * caller prints it and exits 2); reports bad data itself and returns 3.
   *
   * @param args - the arguments after the command's name
   * @param io - where to read files and write output
   * @returns the exit code
   */
  run(args: readonly string[], io: Io): Promise<ExitCode>;
}

/**
 * A command as `credstack --help` lists it, and how to load it: each
 * command's code (and the libraries it needs, such as the JOSE library of
 * `import`) is loaded only when that command runs, so that starting the
 * command line costs little.
 *
 * @example
 * ```ts
 * const entry: CommandEntry = { name: 'hello', summary: 'Say hello', load: async () => (await import('./commands/hello.js')).hello };
 * ```
 *
 * @category Command line
 */
export interface CommandEntry {
  /** The word that selects the command. */
  readonly name: string;
  /** One line for the list of commands in `credstack --help`. */
  readonly summary: string;
  /** Loads the command. */
  load(): Promise<Command>;
}
