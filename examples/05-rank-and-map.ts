/**
 * Example 5: which degrees a stack of credentials counts toward, and which
 * is closest.
 *
 * The learner holds the MITx SCM courses and exam (so the MicroMasters
 * stacks) and two Harvard Extension management courses. `rank` audits the
 * record against every program of the bundled catalog and plans the rest
 * of each, cheapest to finish first; `creditMap` answers the catalog-wide
 * question: for every credential, which programs it counts toward, by which
 * route and for how many credits.
 *
 * Run: npx tsx examples/05-rank-and-map.ts
 */
import { compileCatalog, creditMap, parseCatalog, rank, type CreditMap, type RankResult } from '../src/index.js';
import { renderRankText } from '../src/report/renderRankText.js';
import { renderCreditMapText } from '../src/creditMap/renderCreditMapText.js';
import { loadExampleData } from './loadExampleData.js';

/** Ranks the catalog's programs for the learner, and maps the catalog's credits. */
export function rankAndMapExample(): { readonly ranking: RankResult; readonly map: CreditMap } {
  const catalog = parseCatalog(loadExampleData('scm-catalog.yaml'));
  const compiled = compileCatalog(catalog);
  const ranking = rank(compiled, loadExampleData('learner-stack.yaml'), { asOf: '2025-01-06', plan: { calendar: { termLength: 'P6M', labels: ['spring', 'fall'], perTerm: 3 } } });
  return { ranking, map: creditMap(catalog, { asOf: '2025-01-06', credentials: ['mitx-scm-micromasters', 'hes-mgmt-e100', 'mit-scm-residence', 'mit-scm-residential-year'] }) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { ranking, map } = rankAndMapExample();
  console.log(renderRankText(ranking));
  console.log(renderCreditMapText(map));
}
