import { PLAIN_STYLE, type ReportStyle } from './ReportStyle.js';

/**
 * A plan's route in words: the composites stacked and the recognitions
 * used, or `direct` when it takes none (the program's own units).
 *
 * @param route - the route's ids, as a plan gives them
 * @param style - how to write ids (plain text by default)
 * @returns the phrase
 *
 * @example
 * ```ts
 * describeRoute(['mit-scmb-pathway', 'mitx-scm-micromasters']); // 'mit-scmb-pathway, mitx-scm-micromasters'
 * describeRoute([]); // 'direct (no stack or recognition)'
 * ```
 *
 * @category Reports
 */
export function describeRoute(route: readonly string[], style: ReportStyle = PLAIN_STYLE): string {
  return route.length === 0 ? 'direct (no stack or recognition)' : route.map(style.id).join(', ');
}
