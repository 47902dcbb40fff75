import { DEFAULT_MAX_NODES, DEFAULT_MAX_SIZE, type ParseLimits } from '../_internal/parseLimits.js';
import { UsageError } from './UsageError.js';

/**
 * The options of `util.parseArgs` that {@link parseLimitArgs} reads
 * (`--max-size`, `--max-nodes`), to spread into a command's options.
 *
 * @example
 * ```ts
 * parseCommandArgs({ args, strict: true, options: { json: { type: 'boolean' }, ...LIMIT_OPTIONS } });
 * ```
 *
 * @category Command line
 */
export const LIMIT_OPTIONS = Object.freeze({
  'max-size': { type: 'string' },
  'max-nodes': { type: 'string' },
} as const);

/**
 * The help lines of `--max-size` and `--max-nodes`, for a command's help.
 *
 * @example
 * ```ts
 * const HELP = `Options:\n${LIMIT_HELP}\n`;
 * ```
 *
 * @category Command line
 */
export const LIMIT_HELP = `  --max-size SIZE         Refuse a file larger than SIZE bytes (default 50M;
                          a whole number, with K, M or G for thousands,
                          millions, billions)
  --max-nodes N           Refuse a document with more than N nodes (objects,
                          lists, keys and values; default 1000000)`;

const SIZE = /^(\d+)([KMG]?)$/i;
const SCALE: Readonly<Record<string, number>> = { '': 1, k: 1e3, m: 1e6, g: 1e9 };

/**
 * The limits asked for with `--max-size` and `--max-nodes`, or the
 * defaults (50,000,000 bytes and 1,000,000 nodes).
 *
 * @param values - the values `util.parseArgs` read, as strings
 * @returns the limits
 * @throws {@link UsageError} for a value that is not a whole number at least 1
 *
 * @example
 * ```ts
 * parseLimitArgs({ 'max-size': '200M' }); // { maxSize: 200000000, maxNodes: 1000000 }
 * ```
 *
 * @category Command line
 */
export function parseLimitArgs(values: { readonly 'max-size'?: string | undefined; readonly 'max-nodes'?: string | undefined }): ParseLimits {
  return {
    maxSize: values['max-size'] === undefined ? DEFAULT_MAX_SIZE : parseSize(values['max-size']),
    maxNodes: values['max-nodes'] === undefined ? DEFAULT_MAX_NODES : parseCount(values['max-nodes']),
  };
}

function parseSize(value: string): number {
  const match = SIZE.exec(value);
  const size = match ? Number(match[1]) * SCALE[match[2]!.toLowerCase()]! : Number.NaN;
  if (!Number.isSafeInteger(size) || size < 1) throw new UsageError(`--max-size must be a whole number of bytes at least 1, optionally with K, M or G (200M), not '${value}'`);
  return size;
}

function parseCount(value: string): number {
  const count = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(count) || count < 1) throw new UsageError(`--max-nodes must be a whole number at least 1, not '${value}'`);
  return count;
}
