import type { Issue, IssuePath } from '../../issues/Issue.js';
import type { IssueCode } from '../../issues/issueCode.js';
import { issue } from '../../_internal/issue.js';
import { describeValue } from '../../_internal/describeValue.js';

/** A value of the credential and where it is. @internal */
export interface EdcNode {
  readonly value: unknown;
  readonly path: IssuePath;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * Reads the values of a European Digital Credential as its publishers write
 * them: a single item or a list, a string or a language map, a Note with a
 * `noteLiteral`, a Concept with a `prefLabel`. Collects the issues and
 * warnings of the import.
 *
 * @internal
 */
export class EdcReader {
  readonly issues: Issue[] = [];
  readonly warnings: Issue[] = [];

  /** @param language - the language to take from language maps, before English and the first given */
  constructor(readonly language: string) {}

  fail(code: IssueCode, node: EdcNode | IssuePath, message: string): undefined {
    this.issues.push(issue(code, pathOf(node), message));
    return undefined;
  }

  warn(code: IssueCode, node: EdcNode | IssuePath, message: string): void {
    this.warnings.push(issue(code, pathOf(node), message));
  }

  /** The field of an object (absent for anything else). */
  field(node: EdcNode, key: string): EdcNode {
    const v = node.value;
    const value = isObject(v) && Object.hasOwn(v, key) ? v[key] : undefined;
    return { value, path: [...node.path, key] };
  }

  /** A value that may be one item or a list of them, as a list; nothing for absent or null. */
  items(node: EdcNode): EdcNode[] {
    const v = node.value;
    if (v === undefined || v === null) return [];
    if (Array.isArray(v)) return v.map((value, i) => ({ value, path: [...node.path, i] }));
    return [node];
  }

  /** The first of {@link items}. */
  first(node: EdcNode): EdcNode | undefined {
    return this.items(node)[0];
  }

  /** Text from a string, a language map, a Note or a JSON-LD value; an issue for anything else present. */
  text(node: EdcNode): string | undefined {
    if (node.value === undefined || node.value === null) return undefined;
    const found = this.#text(node.value);
    if (found === undefined) return this.fail('invalid_type', node, `expected text or a language map, got ${describeValue(node.value)}`);
    const trimmed = found.trim();
    return trimmed === '' ? undefined : trimmed;
  }

  /** The label of a Concept (its `prefLabel`), or a string given in its place. */
  label(node: EdcNode): string | undefined {
    if (typeof node.value === 'string') return node.value.trim() || undefined;
    const pref = this.field(node, 'prefLabel');
    if (pref.value !== undefined) return this.text(pref);
    if (isObject(node.value) && node.value['id'] === undefined) return this.text(node);
    return undefined;
  }

  /** The `id` of a node, or the node itself when it is a string (a reference). */
  id(node: EdcNode): string | undefined {
    const v = typeof node.value === 'string' ? node.value : this.field(node, 'id').value;
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  }

  #text(value: unknown): string | undefined {
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.map((v) => this.#text(v)).find((t) => t !== undefined);
    if (!isObject(value)) return undefined;
    if (Object.hasOwn(value, 'noteLiteral')) return this.#text(value['noteLiteral']);
    if (typeof value['@value'] === 'string') return value['@value'];
    const tags = Object.keys(value);
    if (tags.length === 0 || !tags.every((t) => LANGUAGE_TAG.test(t))) return undefined;
    const lang = this.language.toLowerCase();
    const chosen =
      tags.find((t) => t.toLowerCase() === lang) ??
      tags.find((t) => t.toLowerCase().startsWith(`${lang}-`)) ??
      tags.find((t) => t.toLowerCase() === 'en') ??
      tags[0]!;
    return this.#text(value[chosen]);
  }
}

/** Whether a value is a plain object (not a list). @internal */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function pathOf(node: EdcNode | IssuePath): IssuePath {
  return Array.isArray(node) ? node : (node as EdcNode).path;
}
