import type { Issue } from '../issues/Issue.js';
import type { SafeResult } from '../issues/Result.js';
import { catalogDocumentSchema, type CatalogDocument } from '../model/catalogDocument.js';
import { fromZodIssues } from '../_internal/fromZodIssues.js';
import { readInput } from '../_internal/readInput.js';
import { locateIssues } from '../_internal/parseText.js';
import { deepFreeze } from '../_internal/deepFreeze.js';
import { issue } from '../_internal/issue.js';
import { CreditSystems } from '../credits/CreditSystems.js';
import { Catalog } from './Catalog.js';
import { indexCatalog } from './CatalogIndex.js';
import { findCycle } from './findCycle.js';
import { checkDuplicates } from './validate/checkDuplicates.js';
import { checkReferences } from './validate/checkReferences.js';
import { ReferenceContext } from './validate/ReferenceContext.js';

/**
 * Options for {@link safeParseCatalog} and {@link parseCatalog}. None yet;
 * the type exists so options can be added without breaking callers.
 *
 * @category Catalog
 */
export type ParseCatalogOptions = Record<string, never>;

/**
 * Reads and validates a catalog: JSON or YAML text, or plain data. Checks
 * the shape, then what the shape cannot say: unknown references, duplicate
 * ids, cycles among composites and prerequisites (named), negative or
 * non-finite credits, impossible dates and backward ranges, grades not on
 * their scale, and nesting past the documented depth. Never throws for bad
 * input; never mutates it.
 *
 * @param input - catalog text (JSON or YAML) or a plain object
 * @param _options - reserved
 * @returns `{ success: true, data: Catalog }` or `{ success: false, issues }`;
 *   issues found in text carry line and column
 *
 * @example
 * ```ts
 * const result = safeParseCatalog(text);
 * if (!result.success) for (const i of result.issues) console.log(i.path, i.message);
 * ```
 *
 * @category Catalog
 */
export function safeParseCatalog(input: unknown, _options: ParseCatalogOptions = {}): SafeResult<Catalog> {
  const read = readInput(input);
  if (!read.ok) return { success: false, issues: read.issues };
  const shape = catalogDocumentSchema.safeParse(read.value);
  if (!shape.success) return fail(fromZodIssues(shape.error.issues, read.value), read.text);
  const doc = deepFreeze(shape.data);
  const issues: Issue[] = [];
  checkDuplicates(doc, issues);
  const systems = new CreditSystems(uniqueSystems(doc));
  const index = indexCatalog(doc);
  checkReferences(doc, new ReferenceContext(index, (id) => systems.has(id), issues));
  const cycle = findCycle(index);
  if (cycle) issues.push(cycleIssue(doc, cycle));
  if (issues.length > 0) return fail(issues, read.text);
  return { success: true, data: new Catalog(doc, index, systems), warnings: [] };
}

function uniqueSystems(doc: CatalogDocument): NonNullable<CatalogDocument['creditSystems']> {
  const seen = new Set<string>();
  return (doc.creditSystems ?? []).filter((s) => !seen.has(s.id) && seen.add(s.id));
}

function cycleIssue(doc: CatalogDocument, cycle: string[]): Issue {
  const first = doc.units.findIndex((u) => u.id === cycle[0]);
  return issue('cycle', ['units', first], `units need each other in a loop (each is a part or prerequisite of the next): ${cycle.join(' → ')}`, { cycle });
}

function fail(issues: Issue[], text: string | undefined): SafeResult<Catalog> {
  return { success: false, issues: text === undefined ? issues : locateIssues(text, issues) };
}
