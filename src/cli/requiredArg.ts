import { UsageError } from './UsageError.js';

/**
 * The value of an option a command cannot run without.
 *
 * @param command - the command's name (`audit`)
 * @param value - the option's value, if given
 * @param option - the option with its argument, as help writes it (`--catalog FILE`)
 * @returns the value
 * @throws {@link UsageError} when it is missing or empty: `audit needs --catalog FILE`
 *
 * @example
 * ```ts
 * const catalog = requiredArg('audit', values.catalog, '--catalog FILE');
 * ```
 *
 * @category Command line
 */
export function requiredArg(command: string, value: string | undefined, option: string): string {
  if (value === undefined || value === '') throw new UsageError(`${command} needs ${option}`);
  return value;
}
