import type { CompiledProgram } from '../../audit/compile/CompiledProgram.js';
import { safeAuditCompiled } from '../../audit/safeAuditCompiled.js';
import type { Issue } from '../../issues/Issue.js';
import { issue } from '../../_internal/issue.js';
import { parseJsonText } from '../../_internal/parseJsonText.js';
import type { CohortLine, CohortOutcome, CohortSetup } from './CohortPool.js';

/**
 * Audits one line of an NDJSON file of records against a compiled
 * program. The line must hold one JSON object (a record). The outcome's
 * text is one JSON object: `{ line, id?, result, warnings? }` for an audit,
 * `{ line, id?, issues }` for a line that could not be audited (issues
 * carry the path in the record and, for malformed JSON, the column).
 *
 * @param compiled - the program, compiled once per auditor
 * @param setup - the audit options and the limits a line is read under
 * @param entry - the line
 * @returns the NDJSON line to print and how the audit ended
 *
 * @example
 * ```ts
 * const out = auditLine(compiled, setup, { line: 3, text: '{"achievements":[]}' });
 * out.kind; // 'unsatisfied'
 * ```
 *
 * @category Command line
 */
export function auditLine(compiled: CompiledProgram, setup: CohortSetup, entry: CohortLine): CohortOutcome {
  const { line, text } = entry;
  if (!text.trimStart().startsWith('{')) return failed(line, undefined, [issue('malformed', [], 'each line of an NDJSON file of records holds one JSON object (a record)')]);
  // JSON only (NDJSON), with the library's checks: duplicate keys, depth and size limits, positions.
  const parsed = parseJsonText(text, setup.limits);
  if (!parsed.ok) return failed(line, undefined, parsed.issues);
  const id = recordId(parsed.value);
  const outcome = safeAuditCompiled(compiled, parsed.value, setup.options);
  if (!outcome.success) return failed(line, id, parsed.locate(outcome.issues.map(inRecord)));
  const result = outcome.data;
  const warnings = outcome.warnings.map(inRecord);
  const body = { line, ...(id !== undefined && { id }), result, ...(warnings.length > 0 && { warnings }) };
  return { line, kind: result.satisfied ? 'satisfied' : 'unsatisfied', text: JSON.stringify(body) };
}

function failed(line: number, id: string | undefined, issues: readonly Issue[]): CohortOutcome {
  return { line, kind: 'error', text: JSON.stringify({ line, ...(id !== undefined && { id }), issues }) };
}

/** Issues of the audit's record are under `record`; the line is the record. */
function inRecord(i: Issue): Issue {
  return i.path[0] === 'record' ? { ...i, path: i.path.slice(1) } : i;
}

/** The record's own id, else its learner's, when they are text. */
function recordId(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { id, learner } = value as { id?: unknown; learner?: unknown };
  if (typeof id === 'string') return id;
  const learnerId = learner !== null && typeof learner === 'object' ? (learner as { id?: unknown }).id : undefined;
  return typeof learnerId === 'string' ? learnerId : undefined;
}
