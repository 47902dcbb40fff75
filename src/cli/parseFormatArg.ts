import { UsageError } from './UsageError.js';

/**
 * How a command that reports prints its result: a text report, a Markdown
 * report, the result as JSON, or a picture (Mermaid or Graphviz DOT).
 *
 * @category Command line
 */
export type ReportFormat = 'text' | 'markdown' | 'json' | 'mermaid' | 'dot';

/** Every format `--format` may name, in the order the help lists them. */
const FORMATS: readonly ReportFormat[] = ['text', 'markdown', 'json', 'mermaid', 'dot'];

/** The short flags, each the same as a `--format`. */
const FLAGS = ['json', 'markdown', 'mermaid'] as const;

/**
 * Reads `--format FORMAT` and its shorthands `--json`, `--markdown` and
 * `--mermaid`: at most one format in all, and one the command can print.
 *
 * @param values - the flags `util.parseArgs` read
 * @param allowed - the formats the command prints (default: text, markdown, json)
 * @returns the format, `text` when none is given
 * @throws {@link UsageError} when two formats are given, or one the command does not print
 *
 * @example
 * ```ts
 * parseFormatArg({ json: true }); // 'json'
 * parseFormatArg({ format: 'dot' }, ['text', 'markdown', 'json', 'mermaid', 'dot']); // 'dot'
 * ```
 *
 * @category Command line
 */
export function parseFormatArg(
  values: { readonly format?: string | undefined; readonly json?: boolean | undefined; readonly markdown?: boolean | undefined; readonly mermaid?: boolean | undefined },
  allowed: readonly ReportFormat[] = ['text', 'markdown', 'json'],
): ReportFormat {
  const given = [...FLAGS.filter((f) => values[f] === true).map((f) => `--${f}`), ...(values.format === undefined ? [] : [`--format ${values.format}`])];
  if (given.length > 1) throw new UsageError(`${given.join(' and ')} cannot be used together`);
  const format = values.format ?? FLAGS.find((f) => values[f] === true) ?? 'text';
  const known = FORMATS.find((f) => f === format);
  if (known === undefined || !allowed.includes(known)) throw new UsageError(`--format must be ${allowed.join(', ').replace(/, ([^,]*)$/, ' or $1')}, not '${format}'`);
  return known;
}
