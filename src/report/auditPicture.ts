import type { AuditResult, NodeResult, NodeStatus } from '../audit/AuditResult.js';
import { achievementUnits } from './achievementUnits.js';
import { appliedSource, type AppliedContext } from './appliedSource.js';
import { budgetNote } from './budgetNote.js';
import { describeApplied } from './describeApplied.js';
import { describeNode } from './describeNode.js';
import { describeReason } from './describeReason.js';
import type { Picture } from './Picture.js';
import { PictureBuilder } from './PictureBuilder.js';
import { statusMark } from './statusMark.js';
import { summaryFacts } from './summaryFacts.js';

/**
 * What {@link auditPicture} draws.
 *
 * @category Reports
 */
export interface AuditPictureOptions {
  /** `TB` (the default) or `LR`; anything else is taken as `TB`. */
  readonly direction?: 'TB' | 'LR';
  /** Draw the parts a stacked credential was inferred from (on by default). */
  readonly parts?: boolean;
}

/**
 * An audit's result as a picture: the program (its summary facts) at the
 * top; under it the requirement tree, each node labelled with its status
 * mark and word (`◐ partial`) and its heading as the text report writes it
 * (title, id, progress); the achievements applied hanging from the nodes
 * they fill, each edge labelled as the text report words it (unit,
 * credits, provenance), through a recognition node and a stacked-credential
 * node (with its parts) when that is how it counts; and under each partial
 * or unmet node a dashed `remaining` node with the reasons it is not met.
 * Edges into what remains, and achievements that do not count, are dashed.
 *
 * @param result - the audit's result
 * @param options - see {@link AuditPictureOptions}
 * @returns the picture
 *
 * @example
 * ```ts
 * auditPicture(result).nodes[1]?.lines; // ['◐ partial', 'SCM blended master\'s [scmb]: 1 of 2 parts']
 * ```
 *
 * @category Reports
 */
export function auditPicture(result: AuditResult, options: AuditPictureOptions = {}): Picture {
  const builder = new PictureBuilder(options.direction === 'LR' ? 'LR' : 'TB');
  const note = budgetNote(result);
  const facts = summaryFacts(result).map(({ label, value }) => `${label}: ${value}`);
  const program = builder.node('program', { lines: note === undefined ? facts : [...facts, 'Note: best allocation found, not proven optimal'], look: result.status, shape: 'stadium' });
  const context: AppliedContext = {
    builder,
    inferred: new Map(result.inferred.map((c) => [c.id, c])),
    units: achievementUnits(result),
    parts: options.parts !== false,
  };
  addRequirement(context, result.root, program, '0');
  return builder.picture();
}

function addRequirement(context: AppliedContext, node: NodeResult, parent: string, path: string): void {
  const { builder } = context;
  const id = builder.node(`requirement\u0000${path}`, { lines: [statusLine(node.status), describeNode(node)], look: node.status });
  builder.edge(parent, id, [], remains(node.status) ? 'dashed' : 'solid');
  for (const applied of node.applied) builder.edge(id, appliedSource(context, applied), [describeApplied(applied)], applied.counted ? 'solid' : 'dashed');
  const reasons = remains(node.status) ? node.reasons.filter((r) => r.code !== 'need_children') : [];
  if (reasons.length > 0) {
    const rest = builder.node(`remaining\u0000${path}`, { lines: ['remaining', ...reasons.map((r) => describeReason(r))], look: 'remaining', shape: 'round' });
    builder.edge(id, rest, [], 'dashed');
  }
  node.children.forEach((child, k) => addRequirement(context, child, id, `${path}.${k}`));
}

function remains(status: NodeStatus): boolean {
  return status === 'partial' || status === 'unmet';
}

function statusLine(status: NodeStatus): string {
  return `${statusMark(status, 'markdown')} ${status}`;
}
