import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The text of a document in `test/fixtures/ctdl/`. */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/ctdl/${name}`, import.meta.url)), 'utf8');
}
