import type { CreditMap, CreditMapEntry } from './CreditMapEntry.js';
import { PLAIN_STYLE as PLAIN } from '../report/ReportStyle.js';
import { describeCredits } from './describeCredits.js';
import { byCodeUnits } from '../_internal/byCodeUnits.js';

/**
 * Draws a credit map as a Mermaid flowchart (`flowchart LR`): a node per
 * credential and program (programs rounded), an edge from each credential
 * to each program it counts toward alone, labelled with the route and the
 * credits, and `part of` edges from the parts of a stack to the composite
 * (whose own edge carries the credits), so that a MicroMasters' five
 * courses do not each claim its credit. Node ids are generated (`n0`,
 * `n1`, ...); labels are quoted, with quotes, pipes, angle brackets, `#`,
 * `&` and backticks written as Mermaid entity codes, so data cannot break
 * out of a label. A pure function.
 *
 * @param map - from {@link creditMap}
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
export function renderCreditMapMermaid(map: CreditMap): string {
  const titles = new Map<string, string>([...map.credentials.map((c) => [c.id, c.title] as const), ...map.programs.map((p) => [p.id, p.title] as const)]);
  const programs = new Set(map.programs.map((p) => p.id));
  const edges = new Map<string, readonly [string, string, string]>();
  for (const e of map.entries) {
    if (e.alone) edges.set(`${e.credential}\u0000${e.program}\u0000${label(e)}`, [e.credential, e.program, label(e)]);
    else for (const [part, whole] of links(e)) edges.set(`${part}\u0000${whole}\u0000part of`, [part, whole, 'part of']);
  }
  const ids = [...new Set([...map.programs.map((p) => p.id), ...[...edges.values()].flatMap(([a, b]) => [a, b])])].sort(byCodeUnits);
  const key = new Map(ids.map((id, i) => [id, `n${i}`]));
  const lines = ['flowchart LR'];
  for (const id of ids) {
    const text = quote(titles.has(id) ? `${id}: ${titles.get(id)!}` : id);
    lines.push(programs.has(id) ? `  ${key.get(id)!}(["${text}"])` : `  ${key.get(id)!}["${text}"]`);
  }
  for (const [from, to, text] of edges.values()) lines.push(`  ${key.get(from)!} -->|"${quote(text)}"| ${key.get(to)!}`);
  return `${lines.join('\n')}\n`;
}

function label(e: CreditMapEntry): string {
  const via = e.route === 'direct' ? 'direct' : e.route === 'recognized' ? `recognized via ${e.recognition ?? ''}` : `stacked into ${(e.stack ?? []).join(' → ')}${e.recognition === undefined ? '' : `, recognized via ${e.recognition}`}`;
  return `${via}: ${describeCredits(e, PLAIN)}`;
}

/** The part-of links of a stacked entry: the credential to the first composite, and each composite to the next. */
function links(e: CreditMapEntry): [string, string][] {
  const chain = [e.credential, ...(e.stack ?? [])];
  return chain.slice(1).map((whole, i) => [chain[i]!, whole]);
}

/** Text made safe inside a quoted Mermaid label. */
function quote(text: string): string {
  return PLAIN.text(text)
    .replace(/#/g, '#35;')
    .replace(/&/g, '#38;')
    .replace(/"/g, '#quot;')
    .replace(/\|/g, '#124;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;');
}
