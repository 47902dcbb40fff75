import { localName } from './ctdlTerms.js';
import { isObject } from './readValues.js';
import { setOwn } from './setOwn.js';

/**
 * What an import kept of a node (`extensions.ctdl[part]`), or `undefined`.
 *
 * @internal
 */
export function keptNode(extensions: Record<string, unknown> | undefined, part: string): Record<string, unknown> | undefined {
  const ctdl = extensions?.['ctdl'];
  const node = isObject(ctdl) ? ctdl[part] : undefined;
  return isObject(node) ? node : undefined;
}

/**
 * Writes back into a node what an import kept of it, so that a document
 * read and written again loses nothing: every kept entry is written, in
 * place of the entry the export wrote for the same term, except the terms
 * in `own`, which the export writes from the catalog (its current title,
 * credits, rules) and which win.
 *
 * @internal
 */
export function mergeExtension(node: Record<string, unknown>, kept: Record<string, unknown> | undefined, own: ReadonlySet<string>): void {
  if (kept === undefined) return;
  for (const key of Object.keys(kept)) {
    const term = localName(key);
    if (own.has(term)) continue;
    for (const written of Object.keys(node)) if (written !== key && localName(written) === term) delete node[written];
    setOwn(node, key, kept[key]);
  }
}

/**
 * Applies what an export kept under a `credstack:` key to an imported
 * item: each field replaces the imported one; a field kept as `null` is
 * one the item does not have.
 *
 * @internal
 */
export function applyKept(item: Record<string, unknown>, kept: Record<string, unknown> | undefined): void {
  if (kept === undefined) return;
  for (const key of Object.keys(kept)) {
    if (kept[key] === null) delete item[key];
    else setOwn(item, key, kept[key]);
  }
}

/** `{ ctdl: { ... } }` of what is given, or `undefined` when nothing is. @internal */
export function ctdlExtensions(parts: Record<string, unknown>): Record<string, unknown> | undefined {
  const ctdl: Record<string, unknown> = {};
  for (const key of Object.keys(parts)) {
    const value = parts[key];
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) ctdl[key] = value;
  }
  return Object.keys(ctdl).length > 0 ? { ctdl } : undefined;
}
