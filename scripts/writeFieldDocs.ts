// Regenerates src/model/fieldDocs.ts from the field tables of docs/format.md,
// so that the JSON Schemas carry the same description of every field as the
// format reference (editors show them while a catalog is written in YAML).
// Run after changing docs/format.md: `npm run schemas` runs it first.
// test/model/fieldDocs.test.ts fails while the committed file is stale.
// The TSDoc of the same fields (on the zod shapes and the model interfaces)
// says the same words: test/model/fieldTsDoc.test.ts fails where it does not.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fieldDocsSource } from './fieldDocsSource.js';

const file = fileURLToPath(new URL('../src/model/fieldDocs.ts', import.meta.url));
writeFileSync(file, fieldDocsSource());
console.log(`wrote ${file}`);
