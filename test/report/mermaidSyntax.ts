/**
 * A strict reader of the Mermaid flowchart subset credstack writes. No
 * Mermaid parser runs in Node (`@mermaid-js/parser` has no flowchart
 * grammar; `mermaid.parse` needs a browser DOM), so this checks the
 * grammar the writers emit, line by line: the header, `subgraph ID["L"]` /
 * `end`, nodes `ID["L"]`, `ID("L")`, `ID(["L"])`, edges `ID --> ID`,
 * `-.->`, `==>` with an optional `|"L"|` label, `classDef` and `class`
 * lines. Any other line is an error. Every label must be fully escaped:
 * no raw quote, bracket, brace, pipe, angle bracket (but `<br/>`),
 * backtick, `%`, `&`, newline, tab or control character; every `#` must
 * start an entity code; no `direction TB`-like run (Mermaid's lexer reads
 * it anywhere on a line); no raw `:` in a label holding `style` or
 * `classDef`; no lone surrogate. Every edge and class line must name
 * declared ids. The real check (mermaid in a browser) belongs to the
 * headless browser test.
 */

export interface MermaidNode {
  readonly shape: 'box' | 'round' | 'stadium';
  /** The label decoded: entity codes back to characters, `<br/>` to `\n`. */
  readonly label: string;
  readonly group?: string;
}

export interface MermaidEdge {
  readonly from: string;
  readonly to: string;
  readonly arrow: '-->' | '-.->' | '==>';
  readonly label?: string;
}

export interface MermaidChart {
  readonly direction: string;
  readonly nodes: Map<string, MermaidNode>;
  readonly edges: MermaidEdge[];
  /** The class of each node. */
  readonly classes: Map<string, string>;
  readonly classDefs: Map<string, string>;
  /** Subgraph id to its decoded label. */
  readonly groups: Map<string, string>;
}

const LABEL = String.raw`((?:[^"\[\]{}<>|\x60%&#\u0000-\u001f\u007f-\u009f\u2028\u2029\u00b6\ufb02]|#(?:quot|lt|gt|\d+);|<br/>)*)`;
const ID = String.raw`([ng]\d+)`;
const FORMS = {
  header: /^flowchart (TB|LR)$/,
  subgraph: new RegExp(String.raw`^  subgraph ${ID}\["${LABEL}"\]$`),
  end: /^ {2}end$/,
  node: new RegExp(String.raw`^( {2}| {4})${ID}(\["${LABEL}"\]|\("${LABEL}"\)|\(\["${LABEL}"\]\))$`),
  edge: new RegExp(String.raw`^  ${ID} (-->|-\.->|==>)(?:\|"${LABEL}"\|)? ${ID}$`),
  classDef: /^ {2}classDef ([a-z]+) fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6}(?:,stroke-width:2px|,stroke-dasharray:\d+ \d+)?$/,
  class: /^ {2}class (n\d+(?:,n\d+)*) ([a-z]+)$/,
};
const ENTITY_NAMES: Readonly<Record<string, string>> = { quot: '"', lt: '<', gt: '>' };

/** Decodes an escaped label: entity codes to characters, `<br/>` to a newline. */
export function decodeLabel(raw: string): string {
  return raw.replace(/<br\/>/g, '\n').replace(/#(quot|lt|gt|\d+);/g, (_m, code: string) => ENTITY_NAMES[code] ?? String.fromCodePoint(Number(code)));
}

/** Throws unless a raw label is escaped as the writers must escape it. */
export function checkLabel(raw: string): void {
  if (!new RegExp(`^${LABEL}$`).test(raw)) throw new Error(`label not escaped: ${JSON.stringify(raw)}`);
  if (/direction\s/i.test(raw)) throw new Error(`label holds a direction statement: ${JSON.stringify(raw)}`);
  if (/style|classDef/.test(raw) && raw.includes(':')) throw new Error(`label with style and a raw colon: ${JSON.stringify(raw)}`);
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(raw)) throw new Error(`lone surrogate in ${JSON.stringify(raw)}`);
}

/** Reads a chart the writers wrote; throws, naming the line, on anything else. */
export function readMermaid(text: string): MermaidChart {
  if (!text.endsWith('\n')) throw new Error('the chart does not end with a newline');
  const lines = text.slice(0, -1).split('\n');
  const header = FORMS.header.exec(lines[0] ?? '');
  if (!header) throw new Error(`line 1: not a flowchart header: ${JSON.stringify(lines[0])}`);
  const chart: MermaidChart = { direction: header[1]!, nodes: new Map(), edges: [], classes: new Map(), classDefs: new Map(), groups: new Map() };
  let group: string | undefined;
  lines.slice(1).forEach((line, k) => {
    try {
      group = readLine(chart, line, group);
    } catch (error) {
      throw new Error(`line ${k + 2}: ${(error as Error).message}: ${JSON.stringify(line)}`);
    }
  });
  if (group !== undefined) throw new Error(`subgraph ${group} is not closed`);
  for (const e of chart.edges) if (!chart.nodes.has(e.from) || !chart.nodes.has(e.to)) throw new Error(`edge ${e.from} -> ${e.to} names an undeclared node`);
  return chart;
}

function readLine(chart: MermaidChart, line: string, group: string | undefined): string | undefined {
  let m: RegExpExecArray | null;
  if ((m = FORMS.subgraph.exec(line))) {
    if (group !== undefined || chart.groups.has(m[1]!)) throw new Error('nested or repeated subgraph');
    checkLabel(m[2]!);
    chart.groups.set(m[1]!, decodeLabel(m[2]!));
    return m[1]!;
  }
  if (FORMS.end.test(line)) {
    if (group === undefined) throw new Error('end without subgraph');
    return undefined;
  }
  if ((m = FORMS.node.exec(line))) {
    if ((m[1] === '    ') !== (group !== undefined)) throw new Error('node indented wrongly for its subgraph');
    const id = m[2]!;
    if (chart.nodes.has(id) || !id.startsWith('n')) throw new Error(`node ${id} declared twice or not an n-id`);
    const raw = m[4] ?? m[5] ?? m[6]!;
    checkLabel(raw);
    const shape = m[4] !== undefined ? 'box' : m[5] !== undefined ? 'round' : 'stadium';
    chart.nodes.set(id, { shape, label: decodeLabel(raw), ...(group === undefined ? {} : { group }) });
    return group;
  }
  if (group !== undefined) throw new Error('only nodes inside a subgraph');
  if ((m = FORMS.edge.exec(line))) {
    if (m[3] !== undefined) checkLabel(m[3]);
    chart.edges.push({ from: m[1]!, to: m[4]!, arrow: m[2] as MermaidEdge['arrow'], ...(m[3] === undefined ? {} : { label: decodeLabel(m[3]) }) });
    return undefined;
  }
  if ((m = FORMS.classDef.exec(line))) {
    chart.classDefs.set(m[1]!, line);
    return undefined;
  }
  if ((m = FORMS.class.exec(line))) {
    if (!chart.classDefs.has(m[2]!)) throw new Error(`class ${m[2]} used before its classDef`);
    for (const id of m[1]!.split(',')) {
      if (!chart.nodes.has(id) || chart.classes.has(id)) throw new Error(`class for an undeclared or already classed node ${id}`);
      chart.classes.set(id, m[2]!);
    }
    return undefined;
  }
  throw new Error('not a statement the writers emit');
}
