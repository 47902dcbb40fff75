import type { CreditMap, CreditMapEntry } from '../creditMap/CreditMapEntry.js';
import { describeCondition } from '../creditMap/describeCondition.js';
import { describeCredits } from '../creditMap/describeCredits.js';
import { byCodeUnits } from '../_internal/byCodeUnits.js';
import { PLAIN_STYLE as PLAIN } from './ReportStyle.js';

/**
 * One edge of a credit map's picture: a credential to a program it counts
 * toward alone (`counts`), or a part to the composite it stacks into
 * (`part-of`); its label's lines are plain text.
 *
 * @category Reports
 */
export interface CreditMapEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: 'counts' | 'part-of';
  readonly lines: readonly string[];
}

/**
 * What a credit map's pictures draw: the ids to draw (the programs and
 * every credential an edge touches, in code-unit order), their titles,
 * which are programs, and the edges, in the map's order without repeats.
 *
 * @category Reports
 */
export interface CreditMapGraph {
  readonly ids: readonly string[];
  readonly titles: ReadonlyMap<string, string>;
  readonly programs: ReadonlySet<string>;
  readonly edges: readonly CreditMapEdge[];
}

/**
 * The nodes and edges of a credit map's picture, shared by
 * `renderCreditMapMermaid` and {@link renderCreditMapDot}: an edge from each
 * credential to each program it counts toward alone, labelled with its
 * route and credits (`recognized via mit-scmb-pathway: 42 mit-unit`), and
 * `part of` edges from the parts of a stack to the composite (whose own
 * edge carries the credits), so that a MicroMasters' five courses do not
 * each claim its credit. With `conditions`, each edge adds a line per
 * condition (`if verified (recognition mit-scmb-pathway)`); a part's edge
 * takes the conditions the composite's own requirements set on it.
 *
 * @param map - from {@link creditMap}
 * @param conditions - whether to add the conditions to the labels
 * @returns the ids, titles, programs and edges
 *
 * @example
 * ```ts
 * creditMapEdges(map, false).edges[0];
 * // { from: 'SC0x', to: 'mitx-scm-micromasters', kind: 'part-of', lines: ['part of'] }
 * ```
 *
 * @category Reports
 */
export function creditMapEdges(map: CreditMap, conditions: boolean): CreditMapGraph {
  const titles = new Map<string, string>([...map.credentials.map((c) => [c.id, c.title] as const), ...map.programs.map((p) => [p.id, p.title] as const)]);
  const edges = new Map<string, CreditMapEdge>();
  const add = (edge: CreditMapEdge): void => {
    const key = [edge.from, edge.to, ...edge.lines].join('\u0000');
    if (!edges.has(key)) edges.set(key, edge);
  };
  for (const e of map.entries) {
    if (e.alone) add({ from: e.credential, to: e.program, kind: 'counts', lines: [label(e), ...(conditions ? e.conditions.map(ifLine) : [])] });
    else for (const [part, whole] of links(e)) add({ from: part, to: whole, kind: 'part-of', lines: ['part of', ...(conditions ? partConditions(e, whole) : [])] });
  }
  const ids = [...new Set([...map.programs.map((p) => p.id), ...[...edges.values()].flatMap((edge) => [edge.from, edge.to])])].sort(byCodeUnits);
  return { ids, titles, programs: new Set(map.programs.map((p) => p.id)), edges: [...edges.values()] };
}

function label(e: CreditMapEntry): string {
  const via = e.route === 'direct' ? 'direct' : e.route === 'recognized' ? `recognized via ${e.recognition ?? ''}` : `stacked into ${(e.stack ?? []).join(' → ')}${e.recognition === undefined ? '' : `, recognized via ${e.recognition}`}`;
  return `${via}: ${describeCredits(e, PLAIN)}`;
}

function ifLine(condition: CreditMapEntry['conditions'][number]): string {
  return `if ${describeCondition(condition, PLAIN)}`;
}

/** The conditions a composite's own requirements set on the part below it. */
function partConditions(e: CreditMapEntry, whole: string): string[] {
  return e.conditions.filter((c) => c.source.kind === 'requirement' && c.source.unit === whole).map(ifLine);
}

/** The part-of links of a stacked entry: the credential to the first composite, and each composite to the next. */
function links(e: CreditMapEntry): [string, string][] {
  const chain = [e.credential, ...(e.stack ?? [])];
  return chain.slice(1).map((whole, i) => [chain[i]!, whole]);
}
