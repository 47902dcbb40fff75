import type { Issue } from '../issues/Issue.js';
import type { SafeResult } from '../issues/Result.js';
import { catalogDocumentSchema, type CatalogDocument } from '../model/catalogDocument.js';
import type { CreditSystemDefinition } from '../model/creditSystemDefinition.js';
import { fromZodIssues } from '../_internal/fromZodIssues.js';
import { readInputWith } from '../_internal/readInputWith.js';
import type { Locate, ReadText } from '../_internal/ReadText.js';
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
import type { ParseCatalogOptions } from './ParseCatalogOptions.js';
import { rememberTextReader } from './catalogTextReader.js';

/**
 * What {@link safeParseCatalog} does, with text read by `readText`: the
 * main entry reads JSON or YAML, `credstack/browser` JSON only, so that
 * its bundle holds no YAML parser. The catalog remembers the reader, for
 * record text audited against it.
 *
 * @internal
 */
export function readCatalog(readText: ReadText, input: unknown, options: ParseCatalogOptions = {}): SafeResult<Catalog> {
  const asked = readOptions(options, ['maxSize', 'maxNodes']);
  if (!asked.ok) return { success: false, issues: asked.issues };
  const limits = readLimits(asked.values);
  if (!limits.ok) return { success: false, issues: limits.issues };
  const read = readInputWith(readText, input, limits.limits);
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
  return { success: true, data: rememberTextReader(new Catalog(doc, index, systems), readText), warnings: [] };
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
