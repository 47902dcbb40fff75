import type { CreditMapOptions } from '../../creditMap/CreditMapOptions.js';
import { isIsoDate } from '../../model/isoDate.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { UsageError } from '../UsageError.js';
import { parseFormatArg, type ReportFormat } from '../parseFormatArg.js';
import { PICTURE_FORMATS } from '../pictureFormats.js';
import { LIMIT_OPTIONS, parseLimitArgs } from '../parseLimitArgs.js';
import type { ParseLimits } from '../../_internal/parseLimits.js';

/**
 * How `credstack map` prints the map.
 *
 * @category Command line
 */
export type MapFormat = ReportFormat;

/**
 * What `credstack map` was asked to do.
 *
 * @category Command line
 */
export interface MapArgs {
  readonly help: false;
  readonly catalog: string;
  readonly options: CreditMapOptions;
  readonly format: MapFormat;
  /** The most bytes a file and nodes a document may have (`--max-size`, `--max-nodes`). */
  readonly limits: ParseLimits;
}

/**
 * Reads the arguments of `credstack map`: `--catalog FILE` (required),
 * `--program ID` and `--credential ID` (each repeatable), `--as-of DATE`,
 * one of `--json`, `--markdown`, `--mermaid`, and the limits.
 *
 * @param args - the arguments after `map`
 * @returns `{ help: true }` when help was asked for, else the arguments
 * @throws {@link UsageError} for a missing option, a bad date or two formats
 *
 * @example
 * ```ts
 * parseMapArgs(['--catalog', 'c.yaml', '--program', 'mit-scmb', '--mermaid']);
 * ```
 *
 * @category Command line
 */
export function parseMapArgs(args: readonly string[]): MapArgs | { readonly help: true } {
  const { values } = parseCommandArgs({
    args: [...args],
    strict: true,
    options: {
      catalog: { type: 'string' },
      program: { type: 'string', multiple: true },
      credential: { type: 'string', multiple: true },
      'as-of': { type: 'string' },
      json: { type: 'boolean' },
      markdown: { type: 'boolean' },
      mermaid: { type: 'boolean' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      ...LIMIT_OPTIONS,
    },
  });
  if (values.help === true) return { help: true };
  const format = parseFormatArg(values, PICTURE_FORMATS);
  if (values.catalog === undefined || values.catalog === '') throw new UsageError('map needs --catalog FILE');
  const asOf = values['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf)) throw new UsageError(`--as-of must be a real date written YYYY-MM-DD, not '${asOf}'`);
  const options: CreditMapOptions = {
    ...(values.program !== undefined && { programs: values.program }),
    ...(values.credential !== undefined && { credentials: values.credential }),
    ...(asOf !== undefined && { asOf }),
  };
  return { help: false, catalog: values.catalog, options, format, limits: parseLimitArgs(values) };
}
