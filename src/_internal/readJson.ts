import { issue } from './issue.js';
import type { ParseLimits } from './parseLimits.js';
import type { ParsedText } from './ReadText.js';
import { readData } from './readData.js';
import { countJsonKeys } from './countJsonKeys.js';
import { findDuplicateKey } from './findDuplicateKey.js';
import { locateJson } from './locateJson.js';
import { positionsOf } from './positionsOf.js';

/**
 * Reads text as JSON when it looks like JSON (its first character other
 * than white space is `{` or `[`) and `JSON.parse` takes it; `undefined`
 * otherwise, so the caller decides what else the text may be. Data read is
 * checked for depth and size; a key given twice is found by comparing the
 * keys the text spells out with those the value holds, which costs a scan
 * only when they differ, and comes back as `duplicate_key` with line and
 * column.
 *
 * @internal
 */
export function readJson(text: string, limits: ParseLimits): ParsedText | undefined {
  if (!looksLikeJson(text)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
  return checkJson(text, value, limits);
}

/**
 * Whether the first character of the text other than white space opens a
 * JSON object or array.
 *
 * @internal
 */
export function looksLikeJson(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) return true;
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return false;
  }
  return false;
}

function checkJson(text: string, value: unknown, limits: ParseLimits): ParsedText {
  const read = readData(value, { maxNodes: limits.maxNodes, copy: false });
  if (!read.ok) return { ok: false, issues: locateJson(text, [read.issue]) };
  if (countJsonKeys(text) !== read.keys) {
    const twice = findDuplicateKey(text);
    if (twice) {
      const at = positionsOf(text, [twice.offset]).get(twice.offset)!;
      const found = issue('duplicate_key', twice.path, `the key ${JSON.stringify(twice.key)} is given twice in this object`);
      return { ok: false, issues: [Object.freeze({ ...found, line: at.line, column: at.column })] };
    }
  }
  return { ok: true, value, locate: (issues) => locateJson(text, issues) };
}
