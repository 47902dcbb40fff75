import type * as z from 'zod/mini';
import type { Issue, IssuePath } from '../issues/Issue.js';
import type { IssueCode } from '../issues/issueCode.js';
import { issue } from './issue.js';
import { valueAt } from './valueAt.js';
import { describeValue } from './describeValue.js';
import { showValue } from './showValue.js';
import { REQUIREMENT_KEYS, REQUIREMENT_UNION_MESSAGE } from '../model/requirement.js';

type ZodIssue = z.core.$ZodIssue;

/**
 * Turns zod's issues into the library's own, so the public contract does not
 * move with zod's versions. `input` is the value that was parsed; it lets
 * messages say what was found.
 *
 * @internal
 */
export function fromZodIssues(issues: readonly ZodIssue[], input: unknown, base: IssuePath = []): Issue[] {
  const out: Issue[] = [];
  for (const zi of issues) convert(zi, input, (zi.path as PropertyKey[]).map(key), out);
  return base.length === 0 ? out : out.map((i) => Object.freeze({ ...i, path: Object.freeze([...base, ...i.path]) }));
}

function key(k: PropertyKey): string | number {
  return typeof k === 'number' ? k : String(k);
}

function convert(zi: ZodIssue, input: unknown, path: IssuePath, out: Issue[]): void {
  const found = valueAt(input, path);
  switch (zi.code) {
    case 'invalid_type':
      out.push(invalidType(path, zi.expected, found, input));
      return;
    case 'unrecognized_keys':
      for (const k of zi.keys) out.push(issue('unknown_field', [...path, k], `unknown field "${k}"`));
      return;
    case 'invalid_value':
      out.push(
        issue('invalid_value', path, `expected one of ${zi.values.map((v) => JSON.stringify(v)).join(', ')}, got ${showValue(found)}`, {
          expected: zi.values.map(String).join(' | '),
          received: showValue(found),
        }),
      );
      return;
    case 'too_small':
    case 'too_big':
      out.push(outOfRange(zi, path, found));
      return;
    case 'invalid_union':
      convertUnion(zi, input, path, out);
      return;
    case 'invalid_key':
      // The key's own schema says what is wrong with it (an extension key is a format name, ...).
      out.push(issue('invalid_value', path, zi.issues[0]?.message ?? `the key ${JSON.stringify(String(path[path.length - 1]))} is not allowed here`));
      return;
    case 'custom': {
      const code = (zi.params?.['code'] as IssueCode | undefined) ?? 'invalid_value';
      out.push(issue(code, path, zi.message));
      return;
    }
    default:
      out.push(issue('invalid_value', path, zi.message));
  }
}

function invalidType(path: IssuePath, expected: string, found: unknown, input: unknown): Issue {
  const parent = valueAt(input, path.slice(0, -1));
  const last = path[path.length - 1];
  const missing = found === undefined && parent !== null && typeof parent === 'object' && last !== undefined && !Object.prototype.hasOwnProperty.call(parent, last);
  if (missing) return issue('invalid_type', path, `required field "${String(last)}" is missing (expected ${expected})`, { expected, received: 'nothing' });
  if (typeof found === 'number' && !Number.isFinite(found)) {
    const code: IssueCode = path.includes('credits') ? 'invalid_credits' : 'invalid_number';
    return issue(code, path, `expected a finite number, got ${showValue(found)}`, { expected: 'finite number', received: showValue(found) });
  }
  const received = describeValue(found);
  return issue('invalid_type', path, `expected ${expected}, got ${received}`, { expected, received });
}

function outOfRange(zi: ZodIssue & { code: 'too_small' | 'too_big' }, path: IssuePath, found: unknown): Issue {
  const bound = zi.code === 'too_small' ? zi.minimum : zi.maximum;
  const inclusive = zi.inclusive !== false;
  const op = zi.code === 'too_small' ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
  if (zi.origin === 'number') {
    const code: IssueCode = path.includes('credits') || path[path.length - 1] === 'credits' ? 'invalid_credits' : 'invalid_number';
    return issue(code, path, `expected a number ${op} ${String(bound)}, got ${showValue(found)}`, {
      expected: `${op} ${String(bound)}`,
      received: showValue(found),
    });
  }
  if (zi.origin === 'string') return issue('invalid_value', path, zi.code === 'too_small' ? 'must not be empty' : `is too long (${op} ${String(bound)} characters)`);
  return issue('invalid_value', path, `expected ${op} ${String(bound)} items`);
}

function convertUnion(zi: ZodIssue & { code: 'invalid_union' }, input: unknown, path: IssuePath, out: Issue[]): void {
  const found = valueAt(input, path);
  const branches = zi.errors;
  if (zi.message === REQUIREMENT_UNION_MESSAGE) {
    const kinds = found !== null && typeof found === 'object' && !Array.isArray(found) ? REQUIREMENT_KEYS.filter((k) => Object.prototype.hasOwnProperty.call(found, k)) : [];
    const only = kinds.length === 1 ? REQUIREMENT_KEYS.indexOf(kinds[0]!) : -1;
    const branch = branches[only];
    if (branch) {
      for (const zi2 of branch) convert(zi2, input, [...path, ...(zi2.path as PropertyKey[]).map(key)], out);
      return;
    }
    const what = kinds.length > 1 ? `has ${kinds.join(' and ')} together` : describeValue(found) === 'object' ? 'has none of them' : `is ${describeValue(found)}`;
    out.push(issue('invalid_requirement', path, `a requirement needs exactly one of ${REQUIREMENT_KEYS.join(', ')}; this one ${what}`, { expected: REQUIREMENT_KEYS.join(' | ') }));
    return;
  }
  const options = (zi as { options?: readonly unknown[] }).options;
  if (branches.length === 0 && options) {
    out.push(issue('invalid_value', path, `expected one of ${options.map((o) => JSON.stringify(o)).join(', ')}, got ${showValue(found)}`, {
      expected: options.map(String).join(' | '),
      received: showValue(found),
    }));
    return;
  }
  const best = bestBranch(branches, input, path);
  if (best) for (const zi2 of best) convert(zi2, input, [...path, ...(zi2.path as PropertyKey[]).map(key)], out);
  else out.push(issue('invalid_type', path, `got ${describeValue(found)}, which matches none of the allowed forms`, { received: describeValue(found) }));
}

/** Picks the branch that got furthest: the fewest issues at its own level, then the fewest in all. */
function bestBranch(branches: readonly (readonly ZodIssue[])[], input: unknown, path: IssuePath): readonly ZodIssue[] | undefined {
  const found = valueAt(input, path);
  const scored = branches
    .map((branch, index) => ({ branch, index, shallow: branch.filter((b) => b.path.length === 0).length }))
    .filter((s) => s.branch.length > 0);
  // A branch that failed on the type of the value itself says nothing useful when another got inside it.
  const typed = scored.filter((s) => !s.branch.every((b) => b.path.length === 0 && b.code === 'invalid_type'));
  if (typed.length === 0) return undefined;
  typed.sort((a, b) => a.shallow - b.shallow || a.branch.length - b.branch.length || a.index - b.index);
  return found === undefined ? undefined : typed[0]?.branch;
}
