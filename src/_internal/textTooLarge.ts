import { issue } from './issue.js';
import type { ParseLimits } from './parseLimits.js';
import type { ParsedText } from './ReadText.js';

/**
 * The refusal of a text longer than `limits.maxSize`, given before anything
 * reads it; `undefined` when the text is within the limit.
 *
 * @internal
 */
export function textTooLarge(text: string, limits: ParseLimits): ParsedText | undefined {
  if (text.length <= limits.maxSize) return undefined;
  const found = issue('too_large', [], `the text is ${text.length} characters long, more than the limit of ${limits.maxSize}; raise maxSize if it is genuine`, {
    expected: `at most ${limits.maxSize} characters`,
  });
  return { ok: false, issues: [found] };
}
