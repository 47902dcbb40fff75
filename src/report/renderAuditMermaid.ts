import type { AuditResult } from '../audit/AuditResult.js';
import { auditPicture } from './auditPicture.js';
import { writeMermaid } from './writeMermaid.js';

/**
 * Options for {@link renderAuditMermaid}.
 *
 * @category Reports
 */
export interface RenderAuditMermaidOptions {
  /** `TB`, top to bottom (the default), or `LR`, left to right. */
  readonly direction?: 'TB' | 'LR';
  /** Draw the achievements a stacked credential (a MicroMasters) was inferred from; on by default. */
  readonly parts?: boolean;
}

/**
 * Draws an audit's result as a Mermaid flowchart: the program with its
 * status and credits at the top, the requirement tree under it, each node
 * with its status as a mark and a word (`✓ satisfied`, `◐ partial`,
 * `✗ unmet`, `⊘ waived`) and its progress as the text report says it; the
 * achievements applied hang from the nodes they fill, through a
 * `recognition` node and a `stacked credential` node (with its parts) when
 * they count that way, each edge labelled with the unit, the credits and
 * how it counts; what remains hangs dashed from each partial or unmet node
 * with its reasons. Each node has a class (`satisfied`, `partial`,
 * `unmet`, `waived`, `remaining`, `achievement`, `route`, `credential`)
 * defined with a fill and a border line (dashed for what remains, dotted
 * for a waiver). Node ids are generated (`n0`, `n1`, ...); every label is
 * quoted, with quotes, brackets, pipes, `#`, `%`, `&`, angle brackets and
 * backticks written as Mermaid entity codes, control characters made
 * visible, so data cannot break out of a label. A pure function: the same
 * result gives the same bytes.
 *
 * @param result - the audit's result, from {@link audit} or {@link safeAudit}
 * @param options - see {@link RenderAuditMermaidOptions}
 * @returns the Mermaid source, lines ending with `\n`
 *
 * @example
 * ```ts
 * const mermaid = renderAuditMermaid(audit(catalog, record, 'mit-scmb', { asOf: '2024-06-30' }));
 * // flowchart TB
 * //   n0(["Program: Master of Applied Science in Supply Chain Management (blended) (mit-scmb)<br/>..."])
 * //   n1["◐ partial<br/>SCM blended master's #91;scmb#93;: 1 of 2 parts"]
 * //   ...
 * //   n1 -.-> n2
 * //   class n2 satisfied
 * ```
 *
 * @category Reports
 */
export function renderAuditMermaid(result: AuditResult, options: RenderAuditMermaidOptions = {}): string {
  return writeMermaid(auditPicture(result, options));
}
