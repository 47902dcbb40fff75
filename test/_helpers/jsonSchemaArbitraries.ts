/**
 * fast-check arbitraries driven by a JSON Schema: documents the schema
 * describes (to check that zod accepts them too), and near-valid mutations
 * of them (to check that both reject, or both accept, the same).
 */
import fc from 'fast-check';

type Schema = Record<string, any>;

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const FORMAT_NAMES = ['ob3', 'clr', 'ctdl', 'edc'];
const ID_LIKE = ['SC0x', 'CS 401', 'ects', 'us-semester', '__proto__', 'constructor', 'a'];

/** Real calendar days, years 1 to 9999. */
export const isoDay: fc.Arbitrary<string> = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Durations of years, months, weeks and days, as credstack writes them (P3Y, P1Y6M, P90D). */
export const isoDuration: fc.Arbitrary<string> = fc
  .tuple(...['Y', 'M', 'W', 'D'].map((unit) => fc.option(fc.nat({ max: 40 }).map((n) => `${n}${unit}`), { nil: '' })))
  .filter((parts) => parts.some((p) => p !== ''))
  .map((parts) => `P${parts.join('')}`);

/**
 * Documents a JSON Schema describes. Each `$ref` followed counts a level;
 * past `maxDepth` levels, objects get their required fields only and lists
 * are as short as allowed, so recursive schemas end.
 */
export function documentsOf(root: Schema, maxDepth = 4): fc.Arbitrary<unknown> {
  const defs = (root['$defs'] ?? {}) as Record<string, Schema>;
  const cache = new Map<string, fc.Arbitrary<unknown>>();
  const gen = (schema: Schema, depth: number): fc.Arbitrary<unknown> => {
    const ref = schema['$ref'] as string | undefined;
    if (ref !== undefined) {
      const name = ref.replace('#/$defs/', '');
      const key = `${name}@${depth}`;
      if (!cache.has(key)) cache.set(key, gen(defs[name]!, depth + 1));
      return cache.get(key)!;
    }
    const branches = (schema['anyOf'] ?? schema['oneOf']) as Schema[] | undefined;
    if (branches) return fc.oneof(...branches.map((b) => gen(b, depth)));
    if ('const' in schema) return fc.constant(schema['const']);
    if (schema['enum']) return fc.constantFrom(...(schema['enum'] as unknown[]));
    const type = schema['type'];
    if (Array.isArray(type)) return fc.oneof(...type.map((t: string) => gen({ ...schema, type: t }, depth)));
    switch (type) {
      case 'object':
        return objectOf(schema, depth, gen, maxDepth);
      case 'array': {
        const min = (schema['minItems'] as number | undefined) ?? 0;
        if (depth > maxDepth && min === 0) return fc.constant([]);
        return fc.array(gen(schema['items'] as Schema, depth), { minLength: min, maxLength: Math.max(min, 2) });
      }
      case 'string':
        return stringOf(schema);
      case 'number':
        return numberOf(schema);
      case 'integer':
        return fc.integer({ min: Math.max(schema['minimum'] ?? -1000, -1000), max: Math.min(schema['maximum'] ?? 1000, 1000) });
      case 'boolean':
        return fc.boolean();
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  };
  return gen(root, 0);
}

function objectOf(schema: Schema, depth: number, gen: (s: Schema, d: number) => fc.Arbitrary<unknown>, maxDepth: number): fc.Arbitrary<unknown> {
  const properties = schema['properties'] as Record<string, Schema> | undefined;
  if (properties === undefined) {
    // A map: extensions, keyed by format name.
    return fc.dictionary(fc.constantFrom(...FORMAT_NAMES), gen(schema['additionalProperties'] ?? {}, depth), { maxKeys: 2 });
  }
  const required = new Set<string>((schema['required'] as string[] | undefined) ?? []);
  const keys = Object.keys(properties).filter((k) => required.has(k) || depth <= maxDepth);
  const shape = Object.fromEntries(keys.map((k) => [k, gen(properties[k]!, depth)]));
  return fc.record(shape, { requiredKeys: keys.filter((k) => required.has(k)) });
}

function stringOf(schema: Schema): fc.Arbitrary<string> {
  if (schema['format'] === 'date' || schema['pattern'] === DATE_PATTERN) return isoDay;
  if (typeof schema['pattern'] === 'string' && schema['pattern'].startsWith('^P')) return isoDuration;
  const min = (schema['minLength'] as number | undefined) ?? 0;
  return fc.oneof(fc.string({ minLength: min, maxLength: 8 }), fc.constantFrom(...ID_LIKE));
}

function numberOf(schema: Schema): fc.Arbitrary<number> {
  const min = (schema['minimum'] as number | undefined) ?? (schema['exclusiveMinimum'] as number | undefined) ?? -1e6;
  const max = (schema['maximum'] as number | undefined) ?? 1e6;
  const excluded = schema['exclusiveMinimum'] !== undefined;
  return fc.oneof(
    fc.integer({ min: Math.ceil(min) + (excluded ? 1 : 0), max: Math.floor(Math.min(max, 1e6)) }),
    fc.double({ min, max, minExcluded: excluded, noNaN: true, noDefaultInfinity: true }),
  );
}
