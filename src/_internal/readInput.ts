import type { Issue } from '../issues/Issue.js';
import { parseText } from './parseText.js';
import { checkDepth } from './checkDepth.js';

/** Input read and checked for depth, or the issues that stopped it. @internal */
export type ReadInput = { ok: true; value: unknown; text: string | undefined } | { ok: false; issues: Issue[] };

/**
 * The first steps every parser shares: text (JSON or YAML) is read into
 * data; data of any origin is checked for hostile nesting before anything
 * recursive looks at it.
 *
 * @internal
 */
export function readInput(input: unknown): ReadInput {
  let value = input;
  const text = typeof input === 'string' ? input : undefined;
  if (text !== undefined) {
    const parsed = parseText(text);
    if (!parsed.ok) return parsed;
    value = parsed.value;
  }
  const deep = checkDepth(value);
  if (deep) return { ok: false, issues: [deep] };
  return { ok: true, value, text };
}
