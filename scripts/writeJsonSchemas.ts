// Regenerates schema/*.schema.json from the zod schemas. Run after changing
// anything in src/model/: `npx tsx scripts/writeJsonSchemas.ts`.
// test/model/jsonSchema.test.ts fails while the committed files are stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogJsonSchema, recordJsonSchema, type JsonSchema } from '../src/model/jsonSchema.js';

const outputs: [string, JsonSchema][] = [
  ['catalog.schema.json', catalogJsonSchema()],
  ['record.schema.json', recordJsonSchema()],
];

for (const [name, schema] of outputs) {
  const file = fileURLToPath(new URL(`../schema/${name}`, import.meta.url));
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
