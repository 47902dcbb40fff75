import { UsageError } from './UsageError.js';

const INCLUDABLE = ['in-progress', 'planned'] as const;

/**
 * Reads `--include` (given once or more, each comma-separated): the
 * statuses of achievements to count by look-ahead.
 *
 * @param values - the option's values
 * @returns the statuses, each once, in a fixed order
 * @throws {@link UsageError} for a word other than `in-progress` or `planned`, or none at all
 *
 * @example
 * ```ts
 * parseIncludeArg(['planned,in-progress']); // ['in-progress', 'planned']
 * ```
 *
 * @category Command line
 */
export function parseIncludeArg(values: readonly string[]): ('in-progress' | 'planned')[] {
  const words = values.flatMap((v) => v.split(',')).map((w) => w.trim()).filter((w) => w !== '');
  const chosen = new Set<string>();
  for (const word of words) {
    const known = INCLUDABLE.find((k) => k === word);
    if (known === undefined) throw new UsageError(`--include takes ${INCLUDABLE.join(', ')} (comma-separated), not '${word}'`);
    chosen.add(known);
  }
  if (chosen.size === 0) throw new UsageError(`--include needs ${INCLUDABLE.join(' and/or ')}`);
  return INCLUDABLE.filter((k) => chosen.has(k));
}
