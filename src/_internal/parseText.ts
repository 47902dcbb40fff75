import { parseDocument, LineCounter, type Document } from 'yaml';
import type { Issue } from '../issues/Issue.js';
import { issue } from './issue.js';
import { DEFAULT_LIMITS, type ParseLimits } from './parseLimits.js';
import { MAX_DOCUMENT_DEPTH, readData } from './readData.js';
import { scanYaml } from './scanYaml.js';
import { locateYaml } from './locateYaml.js';
import { readJson } from './readJson.js';
import { textTooLarge } from './textTooLarge.js';
import type { ParsedText } from './ReadText.js';
import { findYamlKey } from './findYamlKey.js';

export type { Locate, ParsedText } from './ReadText.js';

/**
 * Reads JSON or YAML text into plain data, once. Text longer than
 * `limits.maxSize` is refused before anything reads it. JSON is tried first
 * when the text looks like it (it is much faster); a key given twice is
 * found by comparing the keys the text spells out with those the value
 * holds, which costs a scan only when they differ. Everything else goes
 * through the YAML 1.2 parser (which also accepts JSON), after a linear
 * scan has refused nesting that would overflow its stack and more nodes
 * than `limits.maxNodes`. Syntax errors come back as `malformed` issues
 * with line and column, each once; a key given twice as `duplicate_key`.
 *
 * @internal
 */
export function parseText(text: string, limits: ParseLimits = DEFAULT_LIMITS): ParsedText {
  const large = textTooLarge(text, limits);
  if (large) return large;
  // Not JSON after all when readJson declines: the YAML parser gives a better position and message.
  return readJson(text, limits) ?? parseYaml(text, limits);
}

function parseYaml(text: string, limits: ParseLimits): ParsedText {
  const scanned = scanYaml(text, limits);
  if (scanned) return fail(scanned);
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) return { ok: false, issues: yamlIssues(doc, lines) };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // Unresolved aliases, alias bombs and aliases nested in aliases past any
    // depth surface only when values are built.
    if (error instanceof RangeError) return fail(issue('too_deep', [], `aliases nest the document deeper than ${MAX_DOCUMENT_DEPTH} levels`));
    const message = error instanceof Error ? error.message : String(error);
    return fail(issue('malformed', [], `the YAML cannot be read: ${firstLine(message)}`));
  }
  // Aliases can make the data larger than the text: walk what was built.
  const read = readData(value, { maxNodes: limits.maxNodes, copy: false });
  if (!read.ok) return { ok: false, issues: locateYaml(text, [read.issue]) };
  return { ok: true, value, locate: (issues) => locateYaml(text, issues) };
}

/** The parser's errors as issues, each once: one mistake can be reported many times over. */
function yamlIssues(doc: Document.Parsed, lines: LineCounter): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const e of doc.errors) {
    const pos = lines.linePos(e.pos[0]);
    const found = e.code === 'DUPLICATE_KEY' ? duplicateKey(doc, e.pos[0]) : issue('malformed', [], firstLine(e.message));
    const key = `${pos.line}:${pos.col}:${found.code}:${found.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(Object.freeze({ ...found, line: pos.line, column: pos.col }));
  }
  return issues;
}

function duplicateKey(doc: Document.Parsed, offset: number): Issue {
  const twice = findYamlKey(doc, offset);
  if (!twice) return issue('duplicate_key', [], 'a key is given twice in one mapping');
  return issue('duplicate_key', twice.path, `the key ${JSON.stringify(twice.key)} is given twice in this mapping`);
}

function fail(found: Issue): ParsedText {
  return { ok: false, issues: [found] };
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '');
}
