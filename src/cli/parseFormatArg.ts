import { UsageError } from './UsageError.js';

/**
 * How a command that reports prints its result: a text report, a Markdown
 * report, or the result as JSON.
 *
 * @category Command line
 */
export type ReportFormat = 'text' | 'markdown' | 'json';

/**
 * Reads `--json` and `--markdown`: at most one of them.
 *
 * @param values - the flags `util.parseArgs` read
 * @returns the format, `text` when neither is given
 * @throws {@link UsageError} when both are given
 *
 * @example
 * ```ts
 * parseFormatArg({ json: true }); // 'json'
 * ```
 *
 * @category Command line
 */
export function parseFormatArg(values: { readonly json?: boolean | undefined; readonly markdown?: boolean | undefined }): ReportFormat {
  if (values.json === true && values.markdown === true) throw new UsageError('--json and --markdown cannot be used together');
  return values.json === true ? 'json' : values.markdown === true ? 'markdown' : 'text';
}
