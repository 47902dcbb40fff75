import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));

/** Reads a file of `examples/data/` as text (examples only: the library itself reads no files). */
export function loadExampleData(name: string): string {
  return readFileSync(join(here, 'data', name), 'utf8');
}
