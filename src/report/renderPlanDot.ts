import type { Catalog } from '../catalog/Catalog.js';
import type { PlanResult } from '../plan/PlanResult.js';
import { planPicture } from './planPicture.js';
import { writeDot } from './writeDot.js';

/**
 * Options for {@link renderPlanDot}.
 *
 * @category Reports
 */
export interface RenderPlanDotOptions {
  /** `LR`, terms left to right (the default), or `TB`, top to bottom. */
  readonly direction?: 'TB' | 'LR';
  /** The catalog the plan was made from: with it, bold prerequisite edges join the plan's units. */
  readonly catalog?: Catalog;
}

/**
 * Draws a plan's best option as a Graphviz `digraph`, with the same nodes,
 * edges and words as {@link renderPlanMermaid}: a `cluster_` subgraph per
 * term labelled with its dates, holding the units that start in it; the
 * credentials earned and recognitions used on the way; the requirements
 * each unit fills, with their status after the plan (as a `class`, a fill
 * and a border line as well as in words); the program; and, given the
 * catalog, bold `prerequisite` edges. Every ID and attribute value is a
 * quoted, escaped string, as in {@link renderAuditDot}. A pure function:
 * the same result gives the same bytes.
 *
 * @param result - the plan's result, from {@link plan} or {@link safePlan}
 * @param options - see {@link RenderPlanDotOptions}
 * @returns the DOT source, lines ending with `\n`
 *
 * @example
 * ```ts
 * renderPlanDot(plan(catalog, record, 'mit-scm', { asOf: '2025-01-06' }), { catalog });
 * // digraph "plan" {
 * //   ...
 * //   subgraph "cluster_g0" {
 * //     graph [label="Term 1: 2025-01-06 to 2025-05-06", style="rounded", color="#8c959f"];
 * //   ...
 * // }
 * ```
 *
 * @category Reports
 */
export function renderPlanDot(result: PlanResult, options: RenderPlanDotOptions = {}): string {
  return writeDot(planPicture(result, options), 'plan');
}
