import type { IssuePath } from '../../issues/Issue.js';
import { CtdlNode, type CtdlValue } from './CtdlNode.js';
import { CREDSTACK_PREFIX, ctidIn } from './ctdlTerms.js';
import { firstText, isObject, refId } from './readValues.js';

/**
 * Every node of a CTDL document, found wherever it is: the elements of an
 * `@graph` envelope (what the Credential Registry returns), the elements of
 * a top-level list, a plain top-level object, and every object embedded in
 * them that has both an id and a type. References resolve by `@id`, by
 * CTID, and by the CTID at the end of a Registry address.
 *
 * @internal
 */
export class CtdlGraph {
  /** The registered nodes, in document order. */
  readonly nodes: CtdlNode[] = [];
  readonly #byId = new Map<string, CtdlNode>();
  readonly #byCtid = new Map<string, CtdlNode>();
  readonly #byObject = new WeakMap<object, CtdlNode>();

  constructor(root: unknown) {
    if (isObject(root) && Array.isArray(root['@graph'])) root['@graph'].forEach((item, i) => this.#walk(item, ['@graph', i], true));
    else if (Array.isArray(root)) root.forEach((item, i) => this.#walk(item, [i], true));
    else this.#walk(root, [], true);
  }

  /** The node a value stands for: an embedded object, or a reference to a node of the document. */
  resolve(value: unknown): CtdlNode | undefined {
    return this.resolveValue({ value, path: [] });
  }

  /**
   * The node a value (with its path) stands for: an object the walk
   * registered, the node an `@id` or a reference names, or an object with
   * more than an id, which is itself an anonymous node (at its path).
   */
  resolveValue(v: CtdlValue): CtdlNode | undefined {
    const value = v.value;
    if (typeof value === 'string') return this.#lookup(value);
    if (!isObject(value)) return undefined;
    const known = this.#byObject.get(value);
    if (known) return known;
    const id = refId(value);
    const byRef = id === undefined ? undefined : this.#lookup(id);
    if (byRef) return byRef;
    return Object.keys(value).some((k) => k !== '@id' && k !== 'id') ? this.#adopt(value, v.path) : undefined;
  }

  /** The nodes of one of these classes, in document order. */
  ofClass(...classes: readonly string[]): CtdlNode[] {
    return this.nodes.filter((n) => n.is(...classes));
  }

  #lookup(ref: string): CtdlNode | undefined {
    const direct = this.#byId.get(ref) ?? this.#byCtid.get(ref.toLowerCase());
    if (direct) return direct;
    const ctid = ctidIn(ref);
    return ctid === undefined ? undefined : this.#byCtid.get(ctid);
  }

  #adopt(object: Record<string, unknown>, path: IssuePath): CtdlNode {
    const node = new CtdlNode(object, path);
    this.#byObject.set(object, node);
    return node;
  }

  /** Registers the nodes in a value; the document was checked for depth, so recursion is bounded. */
  #walk(value: unknown, path: IssuePath, top: boolean): void {
    if (Array.isArray(value)) {
      value.forEach((item, i) => this.#walk(item, [...path, i], false));
      return;
    }
    if (!isObject(value)) return;
    const hasType = Object.hasOwn(value, '@type') || Object.hasOwn(value, 'type');
    if (top || (hasType && refId(value) !== undefined)) this.#register(value, path);
    // credstack's own round-trip data is not CTDL: nothing in it is a node.
    for (const key of Object.keys(value)) if (key !== '@context' && !key.startsWith(CREDSTACK_PREFIX)) this.#walk(value[key], [...path, key], false);
  }

  #register(object: Record<string, unknown>, path: IssuePath): void {
    if (this.#byObject.has(object)) return;
    const node = this.#adopt(object, path);
    this.nodes.push(node);
    if (node.id !== undefined && !this.#byId.has(node.id)) this.#byId.set(node.id, node);
    const ctid = firstText(node.values('ctid'), 'en');
    const key = ctid === undefined ? (node.id === undefined ? undefined : ctidIn(node.id)) : ctid.toLowerCase();
    if (key !== undefined && !this.#byCtid.has(key)) this.#byCtid.set(key, node);
  }
}
