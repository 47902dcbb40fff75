import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './UsageError.js';

/**
 * `util.parseArgs`, with its errors turned into a one-line
 * {@link UsageError} (Node's own messages run on with advice about `--`).
 *
 * @param config - as for `util.parseArgs`; pass `strict: true`
 * @returns what `util.parseArgs` returns
 * @throws {@link UsageError} for an unknown option, a missing or unexpected value
 *
 * @example
 * ```ts
 * const { values, positionals } = parseCommandArgs({
 *   args: [...args], allowPositionals: true, strict: true,
 *   options: { json: { type: 'boolean' } },
 * });
 * ```
 *
 * @category Command line
 */
export function parseCommandArgs<const T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw toUsageError(error);
  }
}

function toUsageError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (!(error instanceof Error) || typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) return error;
  const first = error.message.split(/\.\s/)[0] ?? error.message;
  return new UsageError(first.charAt(0).toLowerCase() + first.slice(1).replace(/\.$/, ''));
}
