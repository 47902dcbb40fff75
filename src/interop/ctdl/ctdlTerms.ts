/**
 * The CTDL JSON-LD context every exported document names.
 *
 * @internal
 */
export const CTDL_CONTEXT = 'https://credreg.net/ctdl/schema/context/json';

/** The address the Credential Registry serves a resource with a CTID at. @internal */
export const REGISTRY_RESOURCES = 'https://credentialengineregistry.org/resources/';

/** The prefix of the keys an export writes for credstack's own round-trip data. @internal */
export const CREDSTACK_PREFIX = 'credstack:';

const PREFIXES = ['ceterms:', 'ceasn:', 'schema:', 'qdata:', 'asn:', 'skos:'];
const BASES = [
  'http://purl.org/ctdl/terms/',
  'https://purl.org/ctdl/terms/',
  'http://purl.org/ctdlasn/terms/',
  'https://purl.org/ctdlasn/terms/',
  'http://schema.org/',
  'https://schema.org/',
];

/**
 * Spellings publishers emit for a term, and the term they mean: the old
 * misspelling `preceeds`, the 2018 pathway draft's `logicalOperand`, and
 * the JSON-LD aliases `id` and `type`.
 */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['preceeds', 'precedes'],
  ['logicalOperand', 'logicalOperator'],
  ['id', '@id'],
  ['type', '@type'],
]);

/**
 * The term a JSON-LD key stands for, without its vocabulary: `ceterms:name`,
 * `ceasn:name`, `name` and `https://purl.org/ctdl/terms/name` are all
 * `name`; known misspellings and aliases are mended. Keys of credstack's own
 * (`credstack:unit`) and other vocabularies are returned as given.
 *
 * @internal
 */
export function localName(key: string): string {
  let name = key;
  for (const prefix of PREFIXES) if (name.startsWith(prefix)) name = name.slice(prefix.length);
  for (const base of BASES) if (name.startsWith(base)) name = name.slice(base.length);
  return ALIASES.get(name) ?? name;
}

/**
 * The last segment of a concept or class name: `ceterms:CourseComponent`,
 * `CourseComponent` and `https://purl.org/ctdl/terms/CourseComponent` all
 * give `CourseComponent`; `creditUnit:SemesterHour` gives `SemesterHour`.
 *
 * @internal
 */
export function conceptName(text: string): string {
  const cut = Math.max(text.lastIndexOf(':'), text.lastIndexOf('/'), text.lastIndexOf('#'));
  return text.slice(cut + 1);
}

const CTID = /(ce-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * The CTID a Registry address or a bare CTID carries (`ce-` and a UUID), in
 * lower case, or `undefined`.
 *
 * @internal
 */
export function ctidIn(text: string): string | undefined {
  const match = CTID.exec(text);
  return match ? match[1]!.toLowerCase() : undefined;
}

/**
 * The id a JSON-LD node id stands for: the label of a blank node (`_:SC0x`
 * is `SC0x`, percent-escapes decoded), otherwise the id as given.
 *
 * @internal
 */
export function idFromNodeId(nodeId: string): string {
  if (!nodeId.startsWith('_:')) return nodeId;
  const label = nodeId.slice(2);
  try {
    return decodeURIComponent(label);
  } catch {
    return label;
  }
}

/**
 * The blank node id an export gives something without a CTID: `_:` and its
 * id, percent-escaped, so that an import reads the id back.
 *
 * @internal
 */
export function blankNodeId(id: string): string {
  return `_:${encodeURIComponent(id)}`;
}
