/**
 * Example 4: the two routes to MIT's master's in Supply Chain Management,
 * compared by a plan.
 *
 * `mit-scm` in the bundled catalog is the degree with both routes in one
 * requirement tree: ten months in residence, or the MicroMasters (five
 * online courses and a proctored exam, about $150 a course and $600 the
 * exam by MIT's older FAQ) counted as the online semester, then a semester
 * in residence (January to June). Both need 90 MIT units. The two tuition
 * figures in the catalog are illustrative round numbers, not published
 * ones (MIT publishes its tuition every year), so read the comparison for
 * its shape, not its dollars.
 *
 * A newcomer's plan starts in January 2025 on a calendar of two terms a
 * year (spring from January, fall from July), at most three units a term.
 * The cheapest plan goes through the MicroMasters; the alternative, by the
 * other route, is the residential year; the Pareto front shows the trade:
 * the residential year costs more and ends two months sooner. A learner who
 * already holds the MicroMasters needs only the semester in residence.
 *
 * Run: npx tsx examples/04-scm-routes.ts
 */
import { parseCatalog, plan, type PlanOptions, type PlanResult } from '../src/index.js';
import { renderPlanText } from '../src/report/renderPlanText.js';
import { loadExampleData } from './loadExampleData.js';

/** The plan's options: from 6 January 2025, semesters of six months, three units a term. */
export const SCM_PLAN_OPTIONS: PlanOptions = {
  asOf: '2025-01-06',
  calendar: { termLength: 'P6M', labels: ['spring', 'fall'], perTerm: 3 },
};

/** Plans MIT's SCM master's for a newcomer and for the bundled learner, who holds the MicroMasters. */
export function scmRoutesExample(): { readonly newcomer: PlanResult; readonly learner: PlanResult } {
  const catalog = parseCatalog(loadExampleData('scm-catalog.yaml'));
  return {
    newcomer: plan(catalog, { achievements: [] }, 'mit-scm', SCM_PLAN_OPTIONS),
    learner: plan(catalog, loadExampleData('learner-scm.yaml'), 'mit-scm', SCM_PLAN_OPTIONS),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { newcomer, learner } = scmRoutesExample();
  console.log('A newcomer:\n');
  console.log(renderPlanText(newcomer));
  console.log('\nA learner who holds the MicroMasters:\n');
  console.log(renderPlanText(learner));
}
