import type { IssuePath } from '../../issues/Issue.js';
import { CREDSTACK_PREFIX, localName } from './ctdlTerms.js';

/**
 * One value of a property, with where it is in the document. A property
 * given as an array has one value per element.
 *
 * @internal
 */
export interface CtdlValue {
  readonly value: unknown;
  readonly path: IssuePath;
}

/**
 * A JSON-LD object read tolerantly: property keys of any CTDL vocabulary
 * (`ceterms:`, `ceasn:`, none) are merged under their term, and every
 * property is a list, whether the document gave one value or an array.
 * The object itself is kept, untouched, for what the importer does not map.
 *
 * @internal
 */
export class CtdlNode {
  readonly #props = new Map<string, CtdlValue[]>();
  /** The node's `@id`, when it has one that is text. */
  readonly id: string | undefined;
  /** The node's types, as bare class names (`CourseComponent`). */
  readonly types: readonly string[];

  constructor(
    /** The object as the document holds it. */
    readonly raw: Readonly<Record<string, unknown>>,
    /** Where the object is in the document. */
    readonly path: IssuePath,
  ) {
    for (const key of Object.keys(raw)) {
      const name = localName(key);
      const list = this.#props.get(name) ?? [];
      const value = raw[key];
      if (Array.isArray(value)) value.forEach((item, i) => list.push({ value: item, path: [...path, key, i] }));
      else if (value !== undefined && value !== null) list.push({ value, path: [...path, key] });
      this.#props.set(name, list);
    }
    const id = this.#props.get('@id')?.[0]?.value;
    this.id = typeof id === 'string' && id !== '' ? id : undefined;
    this.types = (this.#props.get('@type') ?? []).flatMap((t) => (typeof t.value === 'string' ? [bareClass(t.value)] : []));
  }

  /** Every value of a term (its local name: `name`, `hasChild`), in document order. */
  values(term: string): readonly CtdlValue[] {
    return this.#props.get(term) ?? [];
  }

  /** The first value of a term. */
  first(term: string): CtdlValue | undefined {
    return this.#props.get(term)?.[0];
  }

  /** Whether the node is of one of these classes (bare names). */
  is(...classes: readonly string[]): boolean {
    return this.types.some((t) => classes.includes(t));
  }

  /** The terms the node gives, in document order. */
  terms(): string[] {
    return [...this.#props.keys()];
  }

  /**
   * The node's own entries whose terms are not in `mapped`, with their keys
   * as the document spelt them; credstack's own keys and a JSON-LD
   * `@context` are never included.
   * `undefined` when there are none.
   */
  unmapped(mapped: ReadonlySet<string>): Record<string, unknown> | undefined {
    const out: Record<string, unknown> = {};
    let any = false;
    for (const key of Object.keys(this.raw)) {
      if (key === '@context' || key.startsWith(CREDSTACK_PREFIX) || mapped.has(localName(key))) continue;
      // `__proto__` is an ordinary key in data: define it, never set the prototype.
      Object.defineProperty(out, key, { value: this.raw[key], writable: true, enumerable: true, configurable: true });
      any = true;
    }
    return any ? out : undefined;
  }
}

function bareClass(type: string): string {
  const name = localName(type);
  const cut = Math.max(name.lastIndexOf(':'), name.lastIndexOf('/'), name.lastIndexOf('#'));
  return name.slice(cut + 1);
}
