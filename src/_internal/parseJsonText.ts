import type { Issue } from '../issues/Issue.js';
import { issue } from './issue.js';
import type { ParseLimits } from './parseLimits.js';
import type { ParsedText } from './ReadText.js';
import { positionsOf } from './positionsOf.js';
import { looksLikeJson, readJson } from './readJson.js';
import { textTooLarge } from './textTooLarge.js';

/**
 * Reads JSON text into plain data, as `parseText` reads it, without the
 * YAML parser: what `credstack/browser` parsers do with text. Text that is
 * not JSON is one `malformed` issue, placed at the line and column the
 * JavaScript engine names when it names one; text that is not JSON at all
 * (YAML, say) is told how to read YAML.
 *
 * @internal
 */
export function parseJsonText(text: string, limits: ParseLimits): ParsedText {
  const large = textTooLarge(text, limits);
  if (large) return large;
  const read = readJson(text, limits);
  if (read) return read;
  if (!looksLikeJson(text)) {
    return { ok: false, issues: [issue('malformed', [], 'the text is not JSON (it does not start with { or [); read YAML with readYaml first')] };
  }
  return { ok: false, issues: [jsonError(text)] };
}

function jsonError(text: string): Issue {
  let message = 'the text is not valid JSON';
  try {
    JSON.parse(text);
  } catch (error) {
    message = error instanceof Error ? error.message : String(error);
  }
  const found = issue('malformed', [], `the text is not valid JSON: ${reason(message)}`);
  const offset = errorOffset(text, message);
  if (offset === undefined) return found;
  const at = positionsOf(text, [offset]).get(offset)!;
  return Object.freeze({ ...found, line: at.line, column: at.column });
}

/** The engine's words without the text it quotes (V8 quotes the whole input) and without the position, given apart. */
function reason(message: string): string {
  return message
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ at line \d+ column \d+ of the JSON data$/, '')
    .replace(/^JSON(\.parse| Parse error):\s*/i, '');
}

/** Where the engine says the error is: V8 gives an offset, SpiderMonkey a line and column, JavaScriptCore neither. */
function errorOffset(text: string, message: string): number | undefined {
  const position = /at position (\d+)/.exec(message);
  if (position) return Math.min(Number(position[1]), text.length);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (!lineColumn) return undefined;
  let offset = 0;
  for (let line = 1; line < Number(lineColumn[1]); line++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return undefined;
    offset = next + 1;
  }
  return Math.min(offset + Number(lineColumn[2]) - 1, text.length);
}
