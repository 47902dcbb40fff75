/**
 * Near-valid mutations of a document, aimed by its JSON Schema: each place
 * of the document is paired with the part of the schema that describes it,
 * and changed just past what that part allows (a wrong type, a bad enum
 * value, a date or duration of the wrong shape, a number past its bound,
 * an unknown or missing field, a list too short). Places are drawn by
 * where they are in the schema, so a field that occurs once is changed as
 * often as one that occurs in every unit.
 */
import fc from 'fast-check';

type Schema = Record<string, any>;
type Path = readonly (string | number)[];

/** A place of a document and the part of the schema that describes it. */
interface Site {
  readonly path: Path;
  readonly schema: Schema;
  /** Where the part is in the schema: places are grouped by it. */
  readonly where: string;
}

/** A document changed, and how (for failure messages). */
export interface Mutated {
  readonly document: unknown;
  readonly change: string;
}

const BAD_SHAPES = ['2023-02-30', '2023-2-3', 'PT1H', 'P1.5Y'];
const WRONG_TYPES: unknown[] = [null, 'x', {}];

/** Documents drawn from `documents`, each changed once at a place chosen by its schema. */
export function mutationsOf(root: Schema, documents: fc.Arbitrary<unknown>): fc.Arbitrary<Mutated> {
  return fc.tuple(documents, fc.nat(), fc.nat(), fc.nat()).map(([document, a, b, c]) => {
    const groups = new Map<string, Site[]>();
    for (const site of sitesOf(root, document)) groups.set(site.where, [...(groups.get(site.where) ?? []), site]);
    const group = [...groups.values()][a % groups.size]!;
    const site = group[b % group.length]!;
    const changes = changesFor(site);
    const [change, apply] = changes[c % changes.length]!;
    const copy = structuredClone(document);
    return { document: apply(copy, site.path), change: `${change} at ${JSON.stringify(site.path)}` };
  });
}

function sitesOf(root: Schema, document: unknown): Site[] {
  const defs = (root['$defs'] ?? {}) as Record<string, Schema>;
  const out: Site[] = [];
  const walk = (schema: Schema, value: unknown, path: Path, where: string): void => {
    if (schema['$ref'] !== undefined) {
      const name = String(schema['$ref']).replace('#/$defs/', '');
      return walk(defs[name]!, value, path, `#/$defs/${name}`);
    }
    const branches = (schema['anyOf'] ?? schema['oneOf']) as Schema[] | undefined;
    if (branches) {
      const i = branches.findIndex((b) => fits(b.$ref ? defs[String(b.$ref).replace('#/$defs/', '')]! : b, value));
      if (i >= 0) walk(branches[i]!, value, path, `${where}/anyOf/${i}`);
      return;
    }
    out.push({ path, schema, where });
    if (isRecord(value)) {
      const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
      for (const [key, child] of Object.entries(value)) {
        const part = properties[key] ?? (typeof schema['additionalProperties'] === 'object' ? schema['additionalProperties'] : undefined);
        if (part) walk(part, child, [...path, key], `${where}/properties/${properties[key] ? key : '*'}`);
      }
    } else if (Array.isArray(value) && schema['items']) value.forEach((item, i) => walk(schema['items'], item, [...path, i], `${where}/items`));
  };
  walk(root, document, [], '#');
  return out;
}

/** Whether a value is of a branch's type and, for an object, has only its fields and all it requires. */
function fits(branch: Schema, value: unknown): boolean {
  if ('const' in branch) return branch['const'] === value;
  const types = ([] as string[]).concat(branch['type'] ?? []);
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'object' ? 'object' : typeof value;
  if (types.length > 0 && !types.includes(type) && !(type === 'number' && types.includes('integer'))) return false;
  if (!isRecord(value) || !branch['properties']) return true;
  const keys = Object.keys(value);
  return keys.every((k) => k in branch['properties']) && ((branch['required'] ?? []) as string[]).every((k) => keys.includes(k));
}

type Change = [string, (document: unknown, path: Path) => unknown];

function changesFor(site: Site): Change[] {
  const s = site.schema;
  const changes: Change[] = WRONG_TYPES.map((v) => [`replace with ${JSON.stringify(v)}`, replace(v)]);
  changes.push(['remove', remove]);
  if (s['enum'] || 'const' in s) changes.push(['a value not allowed', replace('x')], ['a value in other case', replace(String(s['enum']?.[0] ?? s['const']).toUpperCase())]);
  if (s['type'] === 'string') {
    if (s['pattern'] || s['format']) changes.push(...BAD_SHAPES.map((v): Change => [`the shape ${v}`, replace(v)]));
    if (s['minLength']) changes.push(['empty text', replace('')]);
  }
  if (s['type'] === 'number' || s['type'] === 'integer') {
    if (s['minimum'] !== undefined) changes.push(['below the minimum', replace(s['minimum'] - 0.5)], ['the minimum', replace(s['minimum'])]);
    if (s['exclusiveMinimum'] !== undefined) changes.push(['the exclusive minimum', replace(s['exclusiveMinimum'])]);
    if (s['maximum'] !== undefined && s['maximum'] < 1e15) changes.push(['above the maximum', replace(s['maximum'] + 1)], ['the maximum', replace(s['maximum'])]);
    if (s['type'] === 'integer') changes.push(['a fraction', replace(1.5)]);
  }
  if (s['type'] === 'object') {
    for (const key of ['unknownField', '__proto__', 'EDC', 'edc']) changes.push([`add ${key}`, addField(key)]);
    for (const key of Object.keys(s['properties'] ?? {})) changes.push([`drop ${key}`, dropField(key)]);
  }
  if (s['type'] === 'array') changes.push(['empty the list', replace([])], ['add a null item', addItem(null)], ['add an empty item', addItem({})]);
  return changes;
}

const replace = (value: unknown) => (document: unknown, path: Path): unknown => {
  if (path.length === 0) return value;
  define(at(document, path.slice(0, -1)), path[path.length - 1]!, structuredClone(value));
  return document;
};

function remove(document: unknown, path: Path): unknown {
  if (path.length === 0) return document;
  const parent = at(document, path.slice(0, -1)) as Record<string | number, unknown>;
  if (Array.isArray(parent)) parent.splice(Number(path[path.length - 1]), 1);
  else delete parent[path[path.length - 1]!];
  return document;
}

const addField = (key: string) => (document: unknown, path: Path): unknown => {
  define(at(document, path), key, 'x');
  return document;
};

const dropField = (key: string) => (document: unknown, path: Path): unknown => {
  delete (at(document, path) as Record<string, unknown>)[key];
  return document;
};

const addItem = (item: unknown) => (document: unknown, path: Path): unknown => {
  (at(document, path) as unknown[]).push(structuredClone(item));
  return document;
};

function at(root: unknown, path: Path): object {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root) as object;
}

function define(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
