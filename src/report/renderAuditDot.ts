import type { AuditResult } from '../audit/AuditResult.js';
import { auditPicture } from './auditPicture.js';
import { writeDot } from './writeDot.js';

/**
 * Options for {@link renderAuditDot}.
 *
 * @category Reports
 */
export interface RenderAuditDotOptions {
  /** `TB`, top to bottom (the default), or `LR`, left to right. */
  readonly direction?: 'TB' | 'LR';
  /** Draw the achievements a stacked credential (a MicroMasters) was inferred from; on by default. */
  readonly parts?: boolean;
}

/**
 * Draws an audit's result as a Graphviz `digraph`, with the same nodes,
 * edges and words as {@link renderAuditMermaid}: the program, the
 * requirement tree with each node's status mark, word and progress, the
 * achievements applied (through recognition and stacked-credential nodes
 * when they count that way), and what remains, dashed. Each node carries
 * its status as a `class` attribute (for SVG and CSS), a fill, a border
 * colour and a border line (`bold` satisfied, `dashed` partial, unmet or
 * remaining, `dotted` waived). Every ID and attribute value is a quoted
 * string, with `"` and `\` escaped (so no data can end a string or slip in
 * a Graphviz escape such as `\N`) and control characters made visible;
 * node IDs are generated (`"n0"`). A pure function: the same result gives
 * the same bytes.
 *
 * @param result - the audit's result, from {@link audit} or {@link safeAudit}
 * @param options - see {@link RenderAuditDotOptions}
 * @returns the DOT source, lines ending with `\n`
 *
 * @example
 * ```ts
 * const dot = renderAuditDot(audit(catalog, record, 'mit-scmb', { asOf: '2024-06-30' }));
 * // digraph "audit" {
 * //   ...
 * //   "n1" [label="◐ partial\nSCM blended master's [scmb]: 1 of 2 parts", class="partial", style="filled,dashed", ...];
 * //   "n1" -> "n2";
 * // }
 * ```
 *
 * @category Reports
 */
export function renderAuditDot(result: AuditResult, options: RenderAuditDotOptions = {}): string {
  return writeDot(auditPicture(result, options), 'audit');
}
