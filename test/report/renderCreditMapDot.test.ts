import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import { creditMap } from '../../src/creditMap/creditMap.js';
import { renderCreditMapMermaid } from '../../src/creditMap/renderCreditMapMermaid.js';
import { renderCreditMapDot } from '../../src/report/renderCreditMapDot.js';
import { readDot } from './dotSyntax.js';
import { readMermaid } from './mermaidSyntax.js';
import { dotNode, dotOut, flat } from './pictureFinders.js';

const SCM = parseCatalog(readFileSync(fileURLToPath(new URL('../../examples/data/scm-catalog.yaml', import.meta.url)), 'utf8'));
const MAP = creditMap(SCM, { asOf: '2024-06-30' });

describe('renderCreditMapDot', () => {
  const graph = readDot(renderCreditMapDot(MAP));

  it('draws programs, composites and other credentials, each with its class', () => {
    expect(graph.name).toBe('credit map');
    expect(graph.nodes.get(dotNode(graph, 'mit-scmb: Master of Applied Science'))).toMatchObject({ class: 'program', peripheries: '2' });
    expect(graph.nodes.get(dotNode(graph, 'mitx-scm-micromasters:'))?.['class']).toBe('credential');
    expect(flat(graph.nodes.get(dotNode(graph, 'mitx-scm-micromasters:'))?.['label'])).toBe('mitx-scm-micromasters: MicroMasters Program in Supply Chain Management (micro-credential)');
    expect(graph.nodes.get(dotNode(graph, 'SC0x:'))?.['class']).toBe('unit');
  });

  it('labels each route with the recognition, the credits and the conditions', () => {
    const micromasters = dotNode(graph, 'mitx-scm-micromasters:');
    const labels = dotOut(graph, micromasters).map((e) => [graph.nodes.get(e.to)!['label']!.split(':')[0], flat(e.attributes['label'])]);
    expect(labels).toContainEqual(['mit-scmb', 'recognized via mit-scmb-pathway: 42 mit-unit if verified (recognition mit-scmb-pathway)']);
    expect(labels).toContainEqual(['hes-almm', 'recognized via hes-scm-pathway: 16 us-semester']);
  });

  it('draws a part of a stack to its composite, dashed, with the grade the composite asks of it, not to the programs', () => {
    const sc0x = dotNode(graph, 'SC0x:');
    expect(dotOut(graph, sc0x).map((e) => [e.to, e.attributes['style'], flat(e.attributes['label'])])).toEqual([
      [
        dotNode(graph, 'mitx-scm-micromasters:'),
        'dashed',
        'part of if verified (requirement scm-micromasters of mitx-scm-micromasters) if grade 60 or better on percent (requirement scm-micromasters of mitx-scm-micromasters)',
      ],
    ]);
  });

  it('draws the same nodes and edges as the Mermaid credit map, and leaves out conditions on request', () => {
    const chart = readMermaid(renderCreditMapMermaid(MAP, { conditions: true }));
    // The DOT labels are wrapped and add the kind; the Mermaid credit map keeps its lines as they were.
    expect([...graph.nodes.keys()]).toEqual([...chart.nodes.keys()]);
    for (const [id, n] of chart.nodes) expect(flat(graph.nodes.get(id)?.['label'])?.startsWith(n.label)).toBe(true);
    expect(graph.edges.map((e) => [e.from, e.to, flat(e.attributes['label'])])).toEqual(chart.edges.map((e) => [e.from, e.to, flat(e.label)]));
    expect(renderCreditMapDot(MAP, { conditions: false })).not.toContain('if verified');
    expect(renderCreditMapDot(MAP)).toBe(renderCreditMapDot(creditMap(SCM, { asOf: '2024-06-30' })));
  });
});
