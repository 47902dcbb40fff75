import type { CommandEntry } from './Command.js';

/**
 * The text of `credstack --help`: usage, the commands, the general options
 * and the exit codes.
 *
 * @param commands - the commands to list
 * @returns the help text, ending with a newline
 *
 * @example
 * ```ts
 * io.stdout(mainHelp(COMMANDS));
 * ```
 *
 * @category Command line
 */
export function mainHelp(commands: readonly Pick<CommandEntry, 'name' | 'summary'>[]): string {
  const width = Math.max(0, ...commands.map((c) => c.name.length)) + 3;
  const list = commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`);
  return [
    'credstack: stackable credentials, degree audits and pathways',
    '',
    'Usage:',
    '  credstack <command> [options]',
    '  credstack help <command>',
    '',
    'Commands:',
    ...list,
    '',
    'Examples:',
    '  credstack validate catalog.yaml record.yaml',
    '  credstack audit --catalog catalog.yaml --record record.yaml --program mit-scmb --as-of 2024-06-30',
    '',
    'Options:',
    '  -h, --help      Show this help (or a command\'s, after the command)',
    '  -V, --version   Show the version',
    '',
    'Exit codes:',
    '  0   success',
    '  1   a program is unmet and --fail-unmet was given',
    '  2   usage error (unknown command or option, missing argument)',
    '  3   invalid data: a file is missing, unreadable, malformed or invalid',
    '  70  internal error (a bug in credstack: please report it)',
    '',
    'Set CREDSTACK_DEBUG=1 to see stack traces of internal errors.',
    '',
  ].join('\n');
}
