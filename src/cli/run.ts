import type { Io } from './Io.js';
import type { Command } from './Command.js';
import { COMMANDS } from './commands.js';
import { EXIT_CODES, type ExitCode } from './exitCodes.js';
import { mainHelp } from './mainHelp.js';
import { UsageError } from './UsageError.js';
import { VERSION } from './version.js';

/**
 * Runs the `credstack` command line: `--help`, `--version`,
 * `help <command>` and the subcommands. Usage mistakes are printed with a
 * hint to `credstack --help` and give exit code 2; bad data is reported by
 * the command and gives exit code 3. Unexpected errors (bugs) are thrown
 * for the entry point to report.
 *
 * @param argv - the arguments after `credstack`
 * @param io - where to read files and write output
 * @returns the exit code (see {@link EXIT_CODES})
 *
 * @example
 * ```ts
 * process.exitCode = await run(process.argv.slice(2), nodeIo);
 * ```
 *
 * @category Command line
 */
export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`credstack: ${error.message}\nRun "credstack --help" for usage.\n`);
    return EXIT_CODES.usage;
  }
}

async function dispatch(argv: readonly string[], io: Io): Promise<ExitCode> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(mainHelp(COMMANDS));
    return EXIT_CODES.usage;
  }
  if (first === '--help' || first === '-h') {
    io.stdout(mainHelp(COMMANDS));
    return EXIT_CODES.success;
  }
  if (first === '--version' || first === '-V') {
    io.stdout(`${VERSION}\n`);
    return EXIT_CODES.success;
  }
  if (first === 'help') return help(rest, io);
  if (first.startsWith('-')) throw new UsageError(`unknown option '${first}'`);
  return (await findCommand(first)).run(rest, io);
}

async function help(args: readonly string[], io: Io): Promise<ExitCode> {
  const [name, ...extra] = args;
  if (extra.length > 0) throw new UsageError('help takes at most one command');
  io.stdout(name === undefined ? mainHelp(COMMANDS) : (await findCommand(name)).help);
  return EXIT_CODES.success;
}

async function findCommand(name: string): Promise<Command> {
  const entry = COMMANDS.find((c) => c.name === name);
  if (entry) return entry.load();
  throw new UsageError(`unknown command '${name}' (commands: ${COMMANDS.map((c) => c.name).join(', ')})`);
}
