import type { Catalog } from '../catalog/Catalog.js';
import type { PlanResult } from '../plan/PlanResult.js';
import { planPicture } from './planPicture.js';
import { writeMermaid } from './writeMermaid.js';

/**
 * Options for {@link renderPlanMermaid}.
 *
 * @category Reports
 */
export interface RenderPlanMermaidOptions {
  /** `LR`, terms left to right (the default), or `TB`, top to bottom. */
  readonly direction?: 'TB' | 'LR';
  /** The catalog the plan was made from: with it, prerequisite edges (`==>`) join the plan's units. */
  readonly catalog?: Catalog;
}

/**
 * Draws a plan's best option as a Mermaid flowchart: one `subgraph` per
 * term, labelled with its dates, holding the units that start in it (each
 * with its cost, credits and dates, class `planned`); from each unit, the
 * credentials it stacks into (`earns mitx-scm-micromasters`, class
 * `credential`) and the recognitions that carry it (class `route`), then
 * the requirements it fills, each with its status in the audit the plan
 * leads to (a mark, a word and the progress, classed by status), and the
 * program with the plan's status, cost and completion. Given the catalog,
 * thick `prerequisite` edges join each unit to the planned units or
 * credentials its prerequisites name. Without a plan, the unmet
 * requirements hang dashed from the program. Ids are generated (`n0`,
 * `g0`) and every label is quoted and escaped as in
 * {@link renderAuditMermaid}. A pure function: the same result gives the
 * same bytes.
 *
 * @param result - the plan's result, from {@link plan} or {@link safePlan}
 * @param options - see {@link RenderPlanMermaidOptions}
 * @returns the Mermaid source, lines ending with `\n`
 *
 * @example
 * ```ts
 * const result = plan(catalog, record, 'mit-scm', { asOf: '2025-01-06', calendar: { termLength: 'P6M', labels: ['spring', 'fall'] } });
 * renderPlanMermaid(result, { catalog });
 * // flowchart LR
 * //   subgraph g0["Term 1 (spring): 2025-01-06 to 2025-07-05"]
 * //     n1("SC0x Supply Chain Analytics<br/>150 USD, 0 credits<br/>2025-01-06 to 2025-04-06")
 * //   ...
 * //   n1 -->|"stacks into"| n7
 * ```
 *
 * @category Reports
 */
export function renderPlanMermaid(result: PlanResult, options: RenderPlanMermaidOptions = {}): string {
  return writeMermaid(planPicture(result, options));
}
