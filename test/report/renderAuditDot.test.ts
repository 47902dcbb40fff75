import { describe, expect, it } from 'vitest';
import { renderAuditDot } from '../../src/report/renderAuditDot.js';
import { renderAuditMermaid } from '../../src/report/renderAuditMermaid.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { EXCEPTIONS, MORE_ACHIEVEMENTS, auditExample } from './auditExamples.js';
import { readDot } from './dotSyntax.js';
import { readMermaid } from './mermaidSyntax.js';
import { dotNode, dotOut, flat } from './pictureFinders.js';

describe('renderAuditDot', () => {
  const scmb = auditExample('mit-scmb');
  const text = renderAuditDot(scmb);
  const graph = readDot(text);

  it('is a digraph a DOT parser reads, every ID and value quoted', () => {
    expect(graph.name).toBe('audit');
    expect(text).toMatch(/^digraph "audit" \{\n/);
    expect(text.endsWith('}\n')).toBe(true);
    expect([...graph.nodes.keys()].every((id) => /^n\d+$/.test(id))).toBe(true);
  });

  it('gives a satisfied requirement the satisfied class, a bold border and the word', () => {
    const node = graph.nodes.get(dotNode(graph, '[online-semester]'))!;
    expect(node).toMatchObject({ class: 'satisfied', style: 'filled,bold' });
    expect(flat(node['label'])).toBe('✓ satisfied The MicroMasters, counted as the online semester [online-semester]: 1/1');
  });

  it('shows an unmet requirement as remaining, dashed', () => {
    const id = dotNode(graph, '[residence]');
    expect(graph.nodes.get(id)).toMatchObject({ class: 'unmet', style: 'filled,dashed' });
    expect(graph.edges.find((e) => e.to === id)?.attributes['style']).toBe('dashed');
    const rest = dotOut(graph, id).map((e) => [graph.nodes.get(e.to)!['class'], flat(graph.nodes.get(e.to)!['label'])]);
    expect(rest).toEqual([['remaining', 'remaining needs an eligible achievement of mit-scm-residence; none applied (missing_unit)']]);
  });

  it('shows the recognition and the stacked credential the MicroMasters counts through', () => {
    const recognition = dotNode(graph, 'recognition mit-scmb-pathway');
    const stacked = dotNode(graph, 'stacked credential mitx-scm-micromasters');
    expect(graph.nodes.get(recognition)?.['class']).toBe('route');
    expect(graph.nodes.get(stacked)?.['class']).toBe('credential');
    const applied = dotOut(graph, dotNode(graph, '[online-semester]'));
    expect(applied.map((e) => [e.to, flat(e.attributes['label'])])).toEqual([[recognition, 'mit-scmb-online-semester, 42 credits, recognised via mit-scmb-pathway from inferred:mitx-scm-micromasters']]);
    expect(dotOut(graph, recognition).map((e) => [e.to, e.attributes['label']])).toEqual([[stacked, 'recognises']]);
    expect(dotOut(graph, stacked)).toHaveLength(6);
  });

  it('draws the same nodes and edges as the Mermaid picture', () => {
    const result = auditExample('hes-almm', MORE_ACHIEVEMENTS + EXCEPTIONS);
    const dot = readDot(renderAuditDot(result));
    const chart = readMermaid(renderAuditMermaid(result));
    expect([...dot.nodes].map(([id, a]) => [id, a['label'], a['class']])).toEqual([...chart.nodes].map(([id, n]) => [id, n.label, chart.classes.get(id)]));
    expect(dot.edges.map((e) => [e.from, e.to, e.attributes['label']])).toEqual(chart.edges.map((e) => [e.from, e.to, e.label]));
    expect(dot.nodes.get(dotNode(dot, '[on-campus]'))).toMatchObject({ class: 'waived', style: 'filled,dotted' });
  });

  it('gives the same bytes for the same result, leaves it as it was, and turns on request', () => {
    const frozen = deepFreeze(auditExample('mit-scmb'));
    expect(renderAuditDot(frozen)).toBe(text);
    expect(renderAuditDot(scmb, { direction: 'LR' })).toContain('rankdir="LR"');
    expect(renderAuditDot(scmb, { parts: false })).not.toContain('stacked from');
  });
});
