/** Finders shared by the picture tests: a node by what its label says, and the edges around it. */
import type { MermaidChart, MermaidEdge } from './mermaidSyntax.js';
import type { DotEdge, DotGraph } from './dotSyntax.js';

/** A label with the writers' line breaks (status line, wrapping) read as spaces. */
export function flat(label: string | undefined): string | undefined {
  return label?.replace(/\n/g, ' ');
}

/** The one Mermaid node whose label (read flat) contains the text; throws when none or several do. */
export function mermaidNode(chart: MermaidChart, text: string): string {
  const found = [...chart.nodes].filter(([, n]) => flat(n.label)!.includes(text)).map(([id]) => id);
  if (found.length !== 1) throw new Error(`${found.length} nodes label ${JSON.stringify(text)}`);
  return found[0]!;
}

/** The Mermaid edges out of a node. */
export function mermaidOut(chart: MermaidChart, id: string): MermaidEdge[] {
  return chart.edges.filter((e) => e.from === id);
}

/** The one DOT node whose label (read flat) contains the text. */
export function dotNode(graph: DotGraph, text: string): string {
  const found = [...graph.nodes].filter(([, a]) => flat(a['label'] ?? '')!.includes(text)).map(([id]) => id);
  if (found.length !== 1) throw new Error(`${found.length} nodes label ${JSON.stringify(text)}`);
  return found[0]!;
}

/** The DOT edges out of a node. */
export function dotOut(graph: DotGraph, id: string): DotEdge[] {
  return graph.edges.filter((e) => e.from === id);
}
