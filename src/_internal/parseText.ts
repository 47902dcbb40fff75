import { parseDocument, isNode, LineCounter } from 'yaml';
import type { Issue, IssuePath } from '../issues/Issue.js';
import { issue } from './issue.js';

/** A text read into plain data, or the issues that stopped it. @internal */
export type ParsedText = { ok: true; value: unknown } | { ok: false; issues: Issue[] };

/**
 * Reads JSON or YAML text into plain data. JSON is tried first when the
 * text looks like it (it is much faster); everything else goes through the
 * YAML 1.2 parser, which also accepts JSON. Syntax errors come back as
 * `malformed` issues with line and column.
 *
 * @internal
 */
export function parseText(text: string): ParsedText {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch {
      // fall through: the YAML parser gives a better position and message
    }
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((e) => {
        const pos = lines.linePos(e.pos[0]);
        return { ...issue('malformed', [], firstLine(e.message)), line: pos.line, column: pos.col };
      }),
    };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    // Unresolved aliases and alias bombs surface only when values are built.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [issue('malformed', [], `the YAML cannot be read: ${firstLine(message)}`)] };
  }
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Adds line and column to issues whose path can be found in the text.
 *
 * @internal
 */
export function locateIssues(text: string, issues: readonly Issue[]): Issue[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length > 0) return [...issues];
  return issues.map((found) => {
    const offset = offsetOf(doc, found.path);
    if (offset === undefined) return found;
    const pos = lines.linePos(offset);
    return Object.freeze({ ...found, line: pos.line, column: pos.col });
  });
}

function offsetOf(doc: ReturnType<typeof parseDocument>, path: IssuePath): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return undefined;
}
