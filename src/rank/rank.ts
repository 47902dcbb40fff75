import type { Catalog } from '../catalog/Catalog.js';
import { CredstackError } from '../issues/CredstackError.js';
import type { CompiledCatalog } from './CompiledCatalog.js';
import type { RankOptions } from './RankOptions.js';
import type { RankResult } from './RankResult.js';
import { safeRank } from './safeRank.js';

/**
 * Which programs a record counts toward, and which is closest: every
 * program of the catalog (or those named), with what the record already
 * meets (credits, requirements, and each credential that counts: directly,
 * stacked or recognised) and what the best plan to finish costs, closest
 * first (see {@link RankResult.programs} for the order). Equal to auditing
 * and planning each program one by one.
 *
 * @param source - a catalog, or the same compiled once with {@link compileCatalog}
 * @param record - the learner's record: text (JSON or YAML) or data
 * @param options - see {@link RankOptions}
 * @returns the ranking
 * @throws {@link CredstackError} with the issues in the record or options
 *
 * @example
 * ```ts
 * const { programs } = rank(catalog, record, { asOf: '2024-06-30' });
 * for (const p of programs) console.log(p.program.id, p.status, p.plan?.cost);
 * ```
 *
 * @category Planning
 */
export function rank(source: Catalog | CompiledCatalog, record: unknown, options: RankOptions = {}): RankResult {
  const result = safeRank(source, record, options);
  if (!result.success) throw new CredstackError(result.issues, 'rank input');
  return result.data;
}
