import type { AppliedAchievement, InferredCredential, Provenance } from '../audit/AuditResult.js';
import type { PictureBuilder } from './PictureBuilder.js';
import { PLAIN_STYLE as PLAIN } from './ReportStyle.js';

/**
 * What drawing an audit's applied achievements needs: the builder, the
 * inferred credentials by id, the unit of each record achievement the
 * result names, and whether to draw the parts of stacked credentials.
 *
 * @category Reports
 */
export interface AppliedContext {
  readonly builder: PictureBuilder;
  readonly inferred: ReadonlyMap<string, InferredCredential>;
  readonly units: ReadonlyMap<string, string>;
  readonly parts: boolean;
}

/**
 * The node an applied achievement hangs from, added with what it stands
 * on: a record achievement (`direct`); a stacked credential (`inferred`),
 * with `stacked from` edges to its parts; a recognition (`recognized`), with
 * a `recognises` edge to what it recognises (a record achievement or a
 * stacked credential, drawn the same way). A pin or a substitution hangs
 * from where the achievement itself came from; the edge's label says who
 * placed it. Each achievement, credential and recognition is one node,
 * however many requirements it fills.
 *
 * @param context - the builder and the result's lookups
 * @param applied - the applied achievement
 * @returns the generated id of the node
 *
 * @example
 * ```ts
 * const id = appliedSource(context, applied); // 'n4': the recognition hes-scm-pathway
 * ```
 *
 * @category Reports
 */
export function appliedSource(context: AppliedContext, applied: AppliedAchievement): string {
  return fromProvenance(context, applied.provenance, applied.achievement, applied.unit);
}

function fromProvenance(context: AppliedContext, provenance: Provenance, achievement: string, unit: string): string {
  switch (provenance.kind) {
    case 'direct':
      return achievementNode(context, achievement);
    case 'inferred':
      return sourceNode(context, achievement, { unit, parts: provenance.parts });
    case 'recognized': {
      const key = `recognition\u0000${provenance.recognition}\u0000${provenance.from}\u0000${unit}`;
      const known = context.builder.idOf(key);
      if (known !== undefined) return known;
      const lines = [`recognition ${PLAIN.id(provenance.recognition)}`, `grants ${PLAIN.id(unit)}`];
      const id = context.builder.node(key, { lines, look: 'route', shape: 'round' });
      context.builder.edge(id, sourceNode(context, provenance.from), ['recognises']);
      return id;
    }
    case 'substituted':
    case 'pinned':
      return fromProvenance(context, provenance.origin, achievement, unit);
  }
}

/** A record achievement, or the stacked credential of that id (drawn from `fallback` when the result does not list it). */
function sourceNode(context: AppliedContext, id: string, fallback?: Pick<InferredCredential, 'unit' | 'parts'>): string {
  const listed = context.inferred.get(id);
  const credential = listed ?? fallback;
  if (credential === undefined) return achievementNode(context, id);
  const key = `stacked\u0000${id}`;
  const known = context.builder.idOf(key);
  if (known !== undefined) return known;
  const count = credential.parts.length;
  const earned = listed === undefined ? '' : `, earned ${listed.earnedOn}`;
  const lines = [
    `stacked credential ${PLAIN.id(credential.unit)}`,
    `(${PLAIN.id(id)})${earned}, from ${count} achievement${count === 1 ? '' : 's'}${listed?.lookAhead === true ? ' (look-ahead)' : ''}`,
  ];
  // Added before its parts, so a credential listed among its own parts cannot loop.
  const node = context.builder.node(key, { lines, look: 'credential', shape: 'round' });
  if (context.parts) for (const part of credential.parts) context.builder.edge(node, sourceNode(context, part), ['stacked from']);
  return node;
}

function achievementNode(context: AppliedContext, id: string): string {
  const unit = context.units.get(id);
  const lines = unit === undefined ? [`achievement ${PLAIN.id(id)}`] : [`${PLAIN.id(unit)} (${PLAIN.id(id)})`];
  return context.builder.node(`achievement\u0000${id}`, { lines, look: 'achievement', shape: 'round' });
}
