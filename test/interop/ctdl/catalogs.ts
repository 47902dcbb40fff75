import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { CatalogDocument } from '../../../src/model/catalogDocument.js';

/** The full catalog example of docs/format.md: the SCM MicroMasters and the ALM in Management. */
export function formatExample(): CatalogDocument {
  const text = readFileSync(fileURLToPath(new URL('../../../docs/format.md', import.meta.url)), 'utf8');
  const start = text.indexOf('# catalog: full example');
  return parse(text.slice(start, text.indexOf('```', start))) as CatalogDocument;
}
