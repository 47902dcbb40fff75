import { describe, expect, it } from 'vitest';
import { plan } from '../../src/plan/plan.js';
import { renderPlanDot } from '../../src/report/renderPlanDot.js';
import { renderPlanMermaid } from '../../src/report/renderPlanMermaid.js';
import { LEARNER, SCM_CATALOG } from './auditExamples.js';
import { readDot } from './dotSyntax.js';
import { readMermaid } from './mermaidSyntax.js';
import { dotNode, dotOut, flat } from './pictureFinders.js';
import { NEWCOMER_PLAN, infeasiblePlan } from './planExamples.js';

describe('renderPlanDot', () => {
  const almm = plan(SCM_CATALOG, LEARNER, 'hes-almm', { asOf: '2024-06-30' });
  const graph = readDot(renderPlanDot(almm, { catalog: SCM_CATALOG }));

  it('puts each term in a cluster labelled with its dates, holding the units that start in it', () => {
    expect(graph.name).toBe('plan');
    expect(graph.clusters.map((c) => [c.id, c.attributes['label']])).toEqual(almm.best!.terms.map((t, k) => [`cluster_g${k}`, `Term ${k + 1}: ${t.starts} to ${t.ends}`]));
    const inCluster = graph.clusters.flatMap((c, k) => c.nodes.map((id) => [graph.nodes.get(id)!['label']!.split(' ')[0], k]));
    expect(inCluster).toEqual(almm.best!.units.map((u) => [u.unit, u.term]));
    const e100 = graph.nodes.get(dotNode(graph, 'hes-mgmt-e100 Managerial Finance'))!;
    expect(e100['class']).toBe('planned');
    expect(flat(e100['label'])).toBe('hes-mgmt-e100 Managerial Finance (illustrative code) 3,400 USD, 4 credits 2024-06-30 to 2024-10-12');
  });

  it('links each unit to the requirements it fills, with their status after the plan, and those to the program', () => {
    const courses = dotNode(graph, '[courses]');
    const campus = dotNode(graph, '[on-campus]');
    expect(graph.nodes.get(courses)?.['class']).toBe('satisfied');
    expect(flat(graph.nodes.get(courses)?.['label'])).toBe('✓ satisfied after the plan Management courses, 48 credits [courses]: 48/48 credits');
    const capstone = dotNode(graph, 'hes-mgmt-s170');
    expect(dotOut(graph, capstone).map((e) => [e.to, e.attributes['label']])).toEqual([[courses, 'fills directly'], [campus, 'fills directly']]);
    expect(dotOut(graph, courses).map((e) => [e.to, e.attributes['label']])).toEqual([['n0', 'counts toward']]);
  });

  it('draws prerequisites bold, and the same picture as Mermaid', () => {
    const dot = readDot(renderPlanDot(NEWCOMER_PLAN, { catalog: SCM_CATALOG }));
    const bold = dot.edges.filter((e) => e.attributes['style'] === 'bold');
    expect(bold.map((e) => [flat(dot.nodes.get(e.from)!['label']), e.attributes['label']])).toEqual([['earns mitx-scm-micromasters by 2026-01-05', 'prerequisite']]);
    const chart = readMermaid(renderPlanMermaid(NEWCOMER_PLAN, { catalog: SCM_CATALOG }));
    expect([...dot.nodes].map(([id, a]) => [id, a['label'], a['class']]).sort()).toEqual([...chart.nodes].map(([id, n]) => [id, n.label, chart.classes.get(id)]).sort());
    expect(dot.edges.map((e) => [e.from, e.to, e.attributes['label']])).toEqual(chart.edges.map((e) => [e.from, e.to, e.label]));
  });

  it('marks an infeasible program and its unmet requirements, dashed', () => {
    const dot = readDot(renderPlanDot(infeasiblePlan()));
    expect(dot.nodes.get('n0')).toMatchObject({ class: 'unmet', peripheries: '2' });
    expect(dot.edges).toEqual([{ from: 'n0', to: 'n1', attributes: expect.objectContaining({ style: 'dashed' }) }]);
  });
});
