import type { Issue } from '../issues/Issue.js';
import type { SafeResult } from '../issues/Result.js';
import { catalogDocumentSchema, type CatalogDocument } from '../model/catalogDocument.js';
import type { CreditSystemDefinition } from '../model/creditSystemDefinition.js';
import { fromZodIssues } from '../_internal/fromZodIssues.js';
import { readInput } from '../_internal/readInput.js';
import type { Locate } from '../_internal/parseText.js';
import { readOptions } from '../_internal/readOptions.js';
import { readLimits } from '../_internal/parseLimits.js';
import { deepFreeze } from '../_internal/deepFreeze.js';
import { issue } from '../_internal/issue.js';
import { CreditSystems } from '../credits/CreditSystems.js';
import { checkCreditFactors } from '../credits/checkCreditFactors.js';
import { Catalog } from './Catalog.js';
import { indexCatalog } from './CatalogIndex.js';
import { findCycle } from './findCycle.js';
import { checkDuplicates } from './validate/checkDuplicates.js';
import { checkReferences } from './validate/checkReferences.js';
import { ReferenceContext } from './validate/ReferenceContext.js';

/**
 * Options for {@link safeParseCatalog} and {@link parseCatalog}: limits on
 * how large a document may be, so that hostile input is refused quickly
 * and in bounded memory (`too_large`). Raise them for a genuine catalog
 * beyond them.
 *
 * @category Catalog
 */
export interface ParseCatalogOptions {
  /** The most characters the text may have; default 50,000,000. Longer text is refused before it is read. */
  readonly maxSize?: number;
  /**
   * The most nodes the document may hold, counting every object, list, key
   * and scalar (an object referenced from several places counts each time);
   * default 1,000,000, about three times a catalog of 5,000 units.
   */
  readonly maxNodes?: number;
}

/**
 * Reads and validates a catalog: JSON or YAML text, or plain data. Checks
 * the shape, then what the shape cannot say: unknown references, duplicate
 * ids, cycles among composites and prerequisites (named), negative or
 * non-finite credits, impossible dates and backward ranges, grades not on
 * their scale, and nesting past the documented depth. Text larger than
 * `maxSize`, documents with more than `maxNodes` nodes, keys given twice,
 * and data that cannot be read (a getter that throws, a revoked Proxy) are
 * issues too. Never throws for bad input; never mutates it.
 *
 * @param input - catalog text (JSON or YAML) or a plain object
 * @param options - see {@link ParseCatalogOptions}
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
export function safeParseCatalog(input: unknown, options: ParseCatalogOptions = {}): SafeResult<Catalog> {
  const asked = readOptions(options, ['maxSize', 'maxNodes']);
  if (!asked.ok) return { success: false, issues: asked.issues };
  const limits = readLimits(asked.values);
  if (!limits.ok) return { success: false, issues: limits.issues };
  const read = readInput(input, limits.limits);
  if (!read.ok) return { success: false, issues: read.issues };
  const shape = catalogDocumentSchema.safeParse(read.value);
  if (!shape.success) return fail(fromZodIssues(shape.error.issues, read.value), read.locate);
  const doc = deepFreeze(shape.data);
  const issues: Issue[] = [];
  checkDuplicates(doc, issues);
  const defined = doc.creditSystems ?? [];
  const systems = new CreditSystems(uniqueSystems(checkCreditFactors(defined, ['creditSystems'], issues)));
  // A system whose factor is out of range is still defined: no unknown_credit_system for it as well.
  const known = (id: string): boolean => systems.has(id) || defined.some((s) => s.id === id);
  const index = indexCatalog(doc);
  checkReferences(doc, new ReferenceContext(index, known, issues));
  const cycle = findCycle(index);
  if (cycle) issues.push(cycleIssue(doc, cycle));
  if (issues.length > 0) return fail(issues, read.locate);
  return { success: true, data: new Catalog(doc, index, systems), warnings: [] };
}

function uniqueSystems(definitions: readonly CreditSystemDefinition[]): CreditSystemDefinition[] {
  const seen = new Set<string>();
  return definitions.filter((s) => !seen.has(s.id) && seen.add(s.id));
}

function cycleIssue(doc: CatalogDocument, cycle: string[]): Issue {
  const first = doc.units.findIndex((u) => u.id === cycle[0]);
  return issue('cycle', ['units', first], `units need each other in a loop (each is a part or prerequisite of the next): ${cycle.join(' → ')}`, { cycle });
}

function fail(issues: Issue[], locate: Locate): SafeResult<Catalog> {
  return { success: false, issues: locate(issues) };
}
