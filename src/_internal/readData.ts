import type { Issue } from '../issues/Issue.js';
import { issue } from './issue.js';
import { describeThrown } from './describeThrown.js';

/**
 * The deepest nesting of arrays and objects any document may have. Checked
 * before anything recursive looks at the data, so hostile input gets an
 * issue rather than a stack overflow.
 *
 * @internal
 */
export const MAX_DOCUMENT_DEPTH = 200;

/** How {@link readData} walks. @internal */
export interface ReadDataOptions {
  /** The most nodes (objects, lists, keys and scalars) to visit; more is `too_large`. */
  readonly maxNodes: number;
  /** Copy into fresh plain objects and arrays: for callers' data, which may hold getters or proxies. */
  readonly copy: boolean;
  /** The depth limit; {@link MAX_DOCUMENT_DEPTH} unless given. */
  readonly maxDepth?: number;
}

/** Data walked (and copied when asked), or the first issue found. @internal */
export type ReadData = { ok: true; value: unknown; keys: number } | { ok: false; issue: Issue };

/** Where the walk is, and what it has counted. */
interface Walk {
  readonly maxNodes: number;
  readonly limit: number;
  readonly copy: boolean;
  readonly path: (string | number)[];
  nodes: number;
  keys: number;
}

/** Thrown to end the walk with an issue. */
class Stop {
  readonly issue: Issue;
  constructor(found: Issue) {
    this.issue = found;
  }
}

/**
 * The first pass over plain data: checks its depth, counts its nodes
 * against a budget, and with `copy` reads every property exactly once into
 * fresh plain objects, so that what follows sees no getters or proxies.
 * It recurses, but never deeper than the depth limit, which it checks
 * before each level. Objects reached twice (shared subtrees) are walked
 * each time, as everything after would walk them, so a small graph that
 * unfolds into an exponential tree meets the budget instead of hanging. A
 * getter that throws or a revoked Proxy is an issue at its path. Returns
 * the data (or its copy) and how many object keys it holds.
 *
 * @internal
 */
export function readData(root: unknown, options: ReadDataOptions): ReadData {
  if (root === null || typeof root !== 'object') return { ok: true, value: root, keys: 0 };
  const walk: Walk = { maxNodes: options.maxNodes, limit: options.maxDepth ?? MAX_DOCUMENT_DEPTH, copy: options.copy, path: [], nodes: 0, keys: 0 };
  try {
    const value = visit(root, 0, walk);
    return { ok: true, value, keys: walk.keys };
  } catch (error) {
    if (error instanceof Stop) return { ok: false, issue: error.issue };
    throw error;
  }
}

function visit(value: object, depth: number, walk: Walk): unknown {
  if (depth >= walk.limit) {
    throw new Stop(issue('too_deep', [...walk.path], `the document nests deeper than ${walk.limit} levels here`, { expected: `at most ${walk.limit} levels` }));
  }
  let names: string[] | undefined;
  let count: number;
  try {
    names = Array.isArray(value) ? undefined : Object.keys(value);
    count = names === undefined ? (value as unknown[]).length : names.length;
  } catch (error) {
    throw new Stop(unreadable([...walk.path], error));
  }
  // The container and its keys count now, its values as they are met; every
  // value is at least one node, so a huge list is refused before it is read.
  walk.nodes += 1 + (names === undefined ? 0 : count);
  if (walk.nodes + count > walk.maxNodes) throw new Stop(tooLarge([...walk.path], walk.maxNodes));
  if (names === undefined) return visitList(value as unknown[], count, depth, walk);
  walk.keys += count;
  return visitObject(value as Record<string, unknown>, names, depth, walk);
}

function visitList(list: unknown[], count: number, depth: number, walk: Walk): unknown {
  const out: unknown[] | undefined = walk.copy ? [] : undefined;
  let i = 0;
  try {
    for (; i < count; i++) {
      let child = list[i];
      if (child === null || typeof child !== 'object') walk.nodes++;
      else {
        walk.path.push(i);
        child = visit(child, depth + 1, walk);
        walk.path.pop();
      }
      out?.push(child);
    }
  } catch (error) {
    throw error instanceof Stop ? error : new Stop(unreadable([...walk.path, i], error));
  }
  return out ?? list;
}

function visitObject(object: Record<string, unknown>, names: readonly string[], depth: number, walk: Walk): unknown {
  const out: Record<string, unknown> | undefined = walk.copy ? {} : undefined;
  let name = '';
  try {
    for (name of names) {
      let child = object[name];
      if (child === null || typeof child !== 'object') walk.nodes++;
      else {
        walk.path.push(name);
        child = visit(child, depth + 1, walk);
        walk.path.pop();
      }
      if (!out) continue;
      // `__proto__` is an ordinary key in data: define it, never set the prototype.
      if (name === '__proto__') Object.defineProperty(out, name, { value: child, writable: true, enumerable: true, configurable: true });
      else out[name] = child;
    }
  } catch (error) {
    // A getter that threw, or a revoked Proxy: the issue is at the key being read.
    throw error instanceof Stop ? error : new Stop(unreadable([...walk.path, name], error));
  }
  return out ?? object;
}

function unreadable(path: (string | number)[], error: unknown): Issue {
  return issue('invalid_type', path, `expected plain data, but this value cannot be read (${describeThrown(error)})`, { expected: 'plain data' });
}

function tooLarge(path: (string | number)[], maxNodes: number): Issue {
  return issue(
    'too_large',
    path,
    `the document holds more than ${maxNodes} nodes (objects, lists, keys and values; an object referenced from several places counts each time); raise maxNodes if it is genuine`,
    { expected: `at most ${maxNodes} nodes` },
  );
}
