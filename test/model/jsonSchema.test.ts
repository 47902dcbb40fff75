import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogJsonSchema, recordJsonSchema, type JsonSchema } from '../../src/model/jsonSchema.js';
import { parseDuration } from '../../src/model/duration.js';

const generators: [string, () => JsonSchema, string][] = [
  ['catalog', catalogJsonSchema, 'units'],
  ['record', recordJsonSchema, 'achievements'],
];

function committed(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../schema/${name}.schema.json`, import.meta.url), 'utf8'));
}

/** Every `#/$defs/...` reference in a schema. */
function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe.each(generators)('%sJsonSchema', (name, generate, field) => {
  it('is a draft 2020-12 JSON Schema object with $id and title', () => {
    const schema = generate();
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toMatch(new RegExp(`/${name}\\.schema\\.json$`));
    expect(typeof schema['title']).toBe('string');
    expect(schema['type']).toBe('object');
    expect(schema['additionalProperties']).toBe(false);
  });

  it(`mentions the field ${field} and requires it`, () => {
    const schema = generate();
    expect(Object.keys(schema['properties'] as object)).toContain(field);
    expect(schema['required']).toEqual([field]);
  });

  it('is stable: two calls deep-equal and serialise the same', () => {
    expect(generate()).toEqual(generate());
    expect(JSON.stringify(generate())).toBe(JSON.stringify(generate()));
  });

  it('is plain JSON (nothing lost in a round trip)', () => {
    const schema = generate();
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it('refers only to definitions it has', () => {
    const schema = generate();
    const defs = Object.keys((schema['$defs'] ?? {}) as object);
    for (const ref of refs(schema)) expect(defs.map((d) => `#/$defs/${d}`)).toContain(ref);
  });

  it(`equals the committed schema/${name}.schema.json (run npx tsx scripts/writeJsonSchemas.ts)`, () => {
    expect(committed(name)).toEqual(generate());
  });
});

describe('catalogJsonSchema', () => {
  it('writes the recursive requirement and filter as $defs with $refs', () => {
    const defs = catalogJsonSchema()['$defs'] as Record<string, unknown>;
    expect(defs).toHaveProperty('Requirement');
    expect(defs).toHaveProperty('Filter');
    expect(refs(defs['Requirement'])).toContain('#/$defs/Requirement');
    expect(refs(defs['Filter'])).toContain('#/$defs/Filter');
  });

  it('gives durations a pattern that agrees with parseDuration', () => {
    const unit = (catalogJsonSchema()['$defs'] as Record<string, { properties: Record<string, { pattern?: string }> }>)['Unit'];
    const pattern = new RegExp(unit!.properties['validity']!.pattern!);
    for (const text of ['P3Y', 'P18M', 'P2W', 'P90D', 'P1Y6M', 'P', '3 years', 'P1.5Y', 'PT1H', 'p3y', 'P3Y ']) {
      expect(pattern.test(text), text).toBe(parseDuration(text) !== undefined);
    }
  });
});

describe('recordJsonSchema', () => {
  it('describes the input: status may be left out', () => {
    const achievement = (recordJsonSchema()['$defs'] as Record<string, { required: string[] }>)['Achievement'];
    expect(achievement!.required).toEqual(['id']);
  });

  it('keeps each exception kind apart', () => {
    const exception = (recordJsonSchema()['$defs'] as Record<string, { oneOf: { properties: { kind: { const: string } } }[] }>)['Exception'];
    expect(exception!.oneOf.map((o) => o.properties.kind.const)).toEqual(['waive', 'substitute', 'pin', 'exclude', 'credit']);
  });
});
