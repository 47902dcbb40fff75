import type { Catalog } from '../../../src/catalog/Catalog.js';
import type { AuditContext } from '../../../src/audit/pipeline/AuditContext.js';
import type { Exception } from '../../../src/model/exception.js';

/** An audit context for testing one stage on its own. */
export function contextFor(catalog: Catalog, asOf: string | undefined, extra: { include?: string[]; exceptions?: Exception[] } = {}): AuditContext {
  return {
    catalog,
    asOf,
    include: new Set(extra.include ?? []),
    exceptions: extra.exceptions ?? [],
    budget: { remaining: 1_000_000, steps: 0, exhausted: false },
    notes: new Map(),
    warnings: [],
  };
}
