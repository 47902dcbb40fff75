import type { CreditMap } from './CreditMapEntry.js';
import { creditMapEdges } from '../report/creditMapEdges.js';
import { mermaidLabel } from '../report/mermaidLabel.js';

/**
 * Options for {@link renderCreditMapMermaid}.
 *
 * @category Credit map
 */
export interface RenderCreditMapMermaidOptions {
  /**
   * Add each route's conditions to its edge's label, a line each
   * (`if verified (recognition mit-scmb-pathway)`); off by default, which
   * keeps the labels to the route and the credits.
   */
  readonly conditions?: boolean;
}

/**
 * Draws a credit map as a Mermaid flowchart (`flowchart LR`): a node per
 * credential and program (programs rounded), an edge from each credential
 * to each program it counts toward alone, labelled with the route and the
 * credits (and, with `conditions`, what must hold), and `part of` edges
 * from the parts of a stack to the composite (whose own edge carries the
 * credits), so that a MicroMasters' five courses do not each claim its
 * credit. Node ids are generated (`n0`, `n1`, ...); labels are quoted,
 * with quotes, brackets, pipes, angle brackets, `#`, `%`, `&` and
 * backticks written as Mermaid entity codes and control characters made
 * visible, so data cannot break out of a label. A pure function.
 *
 * @param map - from {@link creditMap}
 * @param options - see {@link RenderCreditMapMermaidOptions}
 * @returns the Mermaid source, lines ending with `\n`
 *
 * @example
 * ```ts
 * renderCreditMapMermaid(creditMap(catalog, { asOf: '2024-06-30' }));
 * // flowchart LR
 * //   n0["SC0x: Supply Chain Analytics"]
 * //   ...
 * //   n5 -->|"recognized via mit-scmb-pathway: 42 mit-unit"| n3
 * ```
 *
 * @category Credit map
 */
export function renderCreditMapMermaid(map: CreditMap, options: RenderCreditMapMermaidOptions = {}): string {
  const { ids, titles, programs, edges } = creditMapEdges(map, options.conditions === true);
  const key = new Map(ids.map((id, i) => [id, `n${i}`]));
  const lines = ['flowchart LR'];
  for (const id of ids) {
    const text = mermaidLabel([titles.has(id) ? `${id}: ${titles.get(id)!}` : id]);
    lines.push(programs.has(id) ? `  ${key.get(id)!}(["${text}"])` : `  ${key.get(id)!}["${text}"]`);
  }
  for (const edge of edges) lines.push(`  ${key.get(edge.from)!} -->|"${mermaidLabel(edge.lines)}"| ${key.get(edge.to)!}`);
  return `${lines.join('\n')}\n`;
}
