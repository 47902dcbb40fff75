import { FIELD_DOCS } from './fieldDocs.js';

type Node = Record<string, unknown>;

/** Sections whose fields a type also has: the kinds of a union, and the types written inline in another. */
const ALSO: ReadonlyMap<string, readonly string[]> = new Map([
  ['Requirement', ['Requirement/all', 'Requirement/any', 'Requirement/atLeast', 'Requirement/unit', 'Requirement/select', 'Qualifiers']],
  ['Exception', ['Exception/waive', 'Exception/substitute', 'Exception/pin', 'Exception/exclude', 'Exception/credit']],
]);

/** Objects written inline in a type, documented in a section of their own: type → field path → section. */
const INLINE: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['Organisation', new Map([['accreditations[]', 'Accreditation']])],
  ['Requirement', new Map([['limits[]', 'ApplyLimit']])],
  ['LearnerRecord', new Map([['achievements[]', 'Achievement'], ['exceptions[]', 'Exception']])],
  ['CatalogDocument', new Map([['organisations[]', 'Organisation']])],
]);

function docsOf(type: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const key of [type, ...(ALSO.get(type) ?? [])]) for (const [field, text] of FIELD_DOCS.get(key) ?? []) if (!out.has(field)) out.set(field, text);
  return out;
}

function isNode(value: unknown): value is Node {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Sets the description of each property documented for `type`, at any depth of inline objects, lists and unions. */
function walk(node: Node, type: string, docs: ReadonlyMap<string, string>, prefix: string): void {
  const inline = INLINE.get(type)?.get(prefix.replace(/\.$/, ''));
  if (inline !== undefined && prefix !== '') return walk(node, inline, docsOf(inline), '');
  for (const option of [node['anyOf'], node['oneOf']].flatMap((o) => (Array.isArray(o) ? o : []))) if (isNode(option)) walk(option, type, docs, prefix);
  if (isNode(node['items'])) walk(node['items'], type, docs, `${prefix.replace(/\.$/, '')}[].`);
  const properties = node['properties'];
  if (!isNode(properties)) return;
  for (const [name, schema] of Object.entries(properties)) {
    if (!isNode(schema)) continue;
    const path = `${prefix}${name}`;
    const text = docs.get(path);
    if (text !== undefined && schema['description'] === undefined) schema['description'] = text;
    walk(schema, type, docs, `${path}.`);
  }
}

/**
 * Gives a generated JSON Schema the description of every field that
 * docs/format.md documents: the root as `rootType`, each `$defs` entry as
 * the type it is named after. Changes the schema in place (a fresh copy the
 * caller made).
 *
 * @param schema - the JSON Schema, with `$defs` named after the types
 * @param rootType - the type of the document itself (`CatalogDocument`, `LearnerRecord`)
 * @internal
 */
export function describeFields(schema: Node, rootType: string): void {
  walk(schema, rootType, docsOf(rootType), '');
  const defs = schema['$defs'];
  if (!isNode(defs)) return;
  for (const [name, def] of Object.entries(defs)) if (isNode(def)) walk(def, name, docsOf(name), '');
}
