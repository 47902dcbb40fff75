import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldDocsSource } from '../../scripts/fieldDocsSource.js';
import { catalogJsonSchema, recordJsonSchema, type JsonSchema } from '../../src/model/jsonSchema.js';

/** Every property of a JSON Schema (at any depth, in `$defs` too) without a description, by path. */
function undescribed(schema: JsonSchema): string[] {
  const missing: string[] = [];
  const visit = (node: unknown, path: string): void => {
    if (node === null || typeof node !== 'object') return;
    const { properties, items, anyOf } = node as { properties?: Record<string, unknown>; items?: unknown; anyOf?: unknown[] };
    for (const [name, child] of Object.entries(properties ?? {})) {
      if (typeof (child as { description?: unknown }).description !== 'string') missing.push(`${path}.${name}`);
      visit(child, `${path}.${name}`);
    }
    visit(items, `${path}[]`);
    for (const option of anyOf ?? []) visit(option, path);
  };
  visit(schema, '');
  for (const [name, def] of Object.entries((schema['$defs'] ?? {}) as Record<string, unknown>)) visit(def, `$defs.${name}`);
  return missing;
}

describe('field descriptions', () => {
  it('src/model/fieldDocs.ts is generated from docs/format.md as it is now (run npm run schemas)', () => {
    expect(readFileSync(new URL('../../src/model/fieldDocs.ts', import.meta.url), 'utf8')).toBe(fieldDocsSource());
  });

  it.each([
    ['catalog', catalogJsonSchema],
    ['record', recordJsonSchema],
  ] as const)('the %s JSON Schema describes every field, as docs/format.md does', (_name, schema) => {
    const generated = schema();
    expect(undescribed(generated)).toEqual([]);
    // The words are the format reference's: one field checked by hand.
    const unit = (generated['$defs'] as Record<string, { properties?: Record<string, { description?: string }> }> | undefined)?.['Unit'];
    if (_name === 'catalog') expect(unit?.properties?.['kind']?.description).toBe('what sort of thing it is');
  });
});
