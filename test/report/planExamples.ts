import { plan } from '../../src/plan/plan.js';
import type { PlanOptions } from '../../src/plan/PlanOptions.js';
import type { PlanResult } from '../../src/plan/PlanResult.js';
import { AS_OF, EMPTY, catalogOf, course } from '../_helpers/planCatalogs.js';
import { SCM_CATALOG } from './auditExamples.js';

/** Example 4's calendar: from 6 January 2025, two six-month terms a year, three units a term. */
export const SCM_PLAN_OPTIONS: PlanOptions = { asOf: '2025-01-06', calendar: { termLength: 'P6M', labels: ['spring', 'fall'], perTerm: 3 } };

/** A newcomer's plan for MIT's SCM master's: the MicroMasters over two terms, then the semester in residence. */
export const NEWCOMER_PLAN: PlanResult = plan(SCM_CATALOG, { achievements: [] }, 'mit-scm', SCM_PLAN_OPTIONS);

/** A plan no offered unit completes: B is not offered. */
export function infeasiblePlan(): PlanResult {
  const { offering: _, ...notOffered } = course('B', 100);
  const catalog = catalogOf([course('A', 100), notOffered as never], { id: 'root', all: [{ id: 'a', unit: 'A' }, { id: 'b', unit: 'B' }] });
  return plan(catalog, EMPTY, 'DEG', { asOf: AS_OF });
}

/** A plan for a record that already meets its program. */
export function completePlan(): PlanResult {
  const catalog = catalogOf([course('A', 100)], { id: 'root', unit: 'A' });
  return plan(catalog, { achievements: [{ id: 'a', unit: 'A', earnedOn: '2024-05-01' }] }, 'DEG', { asOf: AS_OF });
}
