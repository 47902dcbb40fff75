/**
 * Reads DOT with a real DOT parser (`@ts-graphviz/ast`: Graphviz's grammar,
 * quoted strings with their escapes) into plain data, and checks what the
 * writers promise on top of the grammar: every node ID, edge end and
 * attribute value is a quoted string (data never stands bare), and edges
 * join declared nodes.
 */
import { parse, type ASTNode, type AttributeASTNode, type GraphASTNode, type LiteralASTNode } from '@ts-graphviz/ast';

export interface DotEdge {
  readonly from: string;
  readonly to: string;
  readonly attributes: Record<string, string>;
}

export interface DotCluster {
  readonly id: string;
  readonly attributes: Record<string, string>;
  readonly nodes: string[];
}

export interface DotGraph {
  readonly name: string;
  readonly nodes: Map<string, Record<string, string>>;
  readonly edges: DotEdge[];
  readonly clusters: DotCluster[];
}

/** A quoted DOT string's text as Graphviz shows it: `\\` a backslash, `\n` a line break (the parser has undone `\"`). */
export function dotText(value: string): string {
  return value.replace(/\\(.)/g, (_m, c: string) => (c === 'n' ? '\n' : c === '\\' ? '\\' : `\\${c}`));
}

function quoted(literal: LiteralASTNode, what: string): string {
  if (literal.quoted !== true) throw new Error(`${what} is not a quoted string: ${JSON.stringify(literal.value)}`);
  return literal.value;
}

function attributesOf(children: readonly ASTNode[]): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const child of children) {
    if (child.type !== 'Attribute') continue;
    const attribute = child as AttributeASTNode;
    out[attribute.key.value] = dotText(quoted(attribute.value, `the value of ${attribute.key.value}`));
  }
  return out;
}

/** Parses DOT (throws the parser's syntax error on bad input) and reads the graph. */
export function readDot(text: string): DotGraph {
  const dot = parse(text);
  const graphs = dot.children.filter((c): c is GraphASTNode => c.type === 'Graph');
  if (graphs.length !== 1 || !graphs[0]!.directed) throw new Error('expected one digraph');
  const graph = graphs[0]!;
  const out: DotGraph = { name: graph.id === undefined ? '' : dotText(quoted(graph.id, 'the graph name')), nodes: new Map(), edges: [], clusters: [] };
  const walk = (children: readonly ASTNode[], cluster?: DotCluster): void => {
    for (const child of children) {
      if (child.type === 'Node') {
        const id = quoted(child.id, 'a node ID');
        if (out.nodes.has(id)) throw new Error(`node ${id} declared twice`);
        out.nodes.set(id, attributesOf(child.children));
        cluster?.nodes.push(id);
      } else if (child.type === 'Edge') {
        const [from, to, ...rest] = child.targets;
        if (rest.length > 0 || from.type !== 'NodeRef' || to.type !== 'NodeRef') throw new Error('expected edges between two nodes');
        out.edges.push({ from: quoted(from.id, 'an edge end'), to: quoted(to.id, 'an edge end'), attributes: attributesOf(child.children) });
      } else if (child.type === 'AttributeList') {
        attributesOf(child.children);
      } else if (child.type === 'Subgraph') {
        const lists = child.children.filter((c) => c.type === 'AttributeList' && c.kind === 'Graph');
        const inner: DotCluster = { id: child.id === undefined ? '' : quoted(child.id, 'a subgraph ID'), attributes: attributesOf(lists.flatMap((l) => l.children)), nodes: [] };
        out.clusters.push(inner);
        walk(child.children, inner);
      }
    }
  };
  walk(graph.children);
  for (const e of out.edges) if (!out.nodes.has(e.from) || !out.nodes.has(e.to)) throw new Error(`edge ${e.from} -> ${e.to} names an undeclared node`);
  return out;
}
