import { parseText } from './parseText.js';
import type { ParseLimits } from './parseLimits.js';
import { readInputWith, type ReadInput } from './readInputWith.js';

export type { ReadInput } from './readInputWith.js';

/**
 * The first steps every parser shares (see {@link readInputWith}), with
 * text read as JSON or YAML by `parseText`.
 *
 * @internal
 */
export function readInput(input: unknown, limits: ParseLimits): ReadInput {
  return readInputWith(parseText, input, limits);
}
