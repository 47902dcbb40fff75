import { describe, expect, it } from 'vitest';
import { renderPlanMermaid } from '../../src/report/renderPlanMermaid.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { SCM_CATALOG } from './auditExamples.js';
import { readMermaid } from './mermaidSyntax.js';
import { flat, mermaidNode, mermaidOut } from './pictureFinders.js';
import { NEWCOMER_PLAN, completePlan, infeasiblePlan } from './planExamples.js';

describe('renderPlanMermaid', () => {
  const chart = readMermaid(renderPlanMermaid(NEWCOMER_PLAN, { catalog: SCM_CATALOG }));
  const best = NEWCOMER_PLAN.best!;

  it('groups the units by term, each group labelled with the term and its dates', () => {
    expect(chart.direction).toBe('LR');
    expect([...chart.groups.values()].map(flat)).toEqual(best.terms.map((t, k) => `Term ${k + 1} (${t.label}): ${t.starts} to ${t.ends}`));
    expect([...chart.groups.values()][0]).toBe('Term 1 (spring): 2025-01-06 to 2025-07-05');
    for (const unit of best.units) {
      const id = mermaidNode(chart, `${unit.unit} ${unit.title}`);
      expect(chart.classes.get(id)).toBe('planned');
      expect(flat(chart.groups.get(chart.nodes.get(id)!.group!))).toBe(`Term ${unit.term + 1} (${best.terms[unit.term]!.label}): ${best.terms[unit.term]!.starts} to ${best.terms[unit.term]!.ends}`);
    }
    expect(flat(chart.nodes.get(mermaidNode(chart, 'SCMx-CFx'))?.label)).toBe('SCMx-CFx Supply Chain Management Comprehensive Final Exam (proctored) 600 USD, 0 credits 2025-07-06 to 2026-01-05');
  });

  it('links each unit to what it fills, through the credential earned and the recognition on the way', () => {
    const credential = mermaidNode(chart, 'earns mitx-scm-micromasters');
    expect(chart.nodes.get(credential)?.label).toBe('earns mitx-scm-micromasters\nby 2026-01-05');
    expect(chart.classes.get(credential)).toBe('credential');
    const parts = chart.edges.filter((e) => e.to === credential && e.label === 'stacks into').map((e) => chart.nodes.get(e.from)!.label.split(' ')[0]);
    expect(parts).toEqual(['SC0x', 'SC1x', 'SC2x', 'SC3x', 'SC4x', 'SCMx-CFx']);
    const recognition = mermaidNode(chart, 'recognition mit-scmb-pathway');
    expect(chart.classes.get(recognition)).toBe('route');
    expect(mermaidOut(chart, credential).filter((e) => e.to === recognition).map((e) => e.label)).toEqual(['recognised via']);
    const online = mermaidNode(chart, '[online-semester]');
    expect(mermaidOut(chart, recognition)).toEqual([{ from: recognition, to: online, arrow: '-->', label: 'fills' }]);
    expect(flat(chart.nodes.get(online)?.label)).toBe('✓ satisfied after the plan The MicroMasters, counted as the online semester [online-semester]: 1/1');
    expect(chart.classes.get(online)).toBe('satisfied');
    const residence = mermaidNode(chart, 'mit-scm-residence SCM blended');
    expect(mermaidOut(chart, residence).map((e) => [flat(chart.nodes.get(e.to)?.label), e.label])).toEqual([
      ['✓ satisfied after the plan Semester in residence (January to June) [residence]: 1/1', 'fills directly'],
    ]);
    expect(mermaidOut(chart, online).map((e) => [e.to, e.label])).toEqual([['n0', 'counts toward']]);
  });

  it('draws the prerequisites the catalog names as thick edges, only with the catalog', () => {
    const residence = mermaidNode(chart, 'mit-scm-residence SCM blended');
    const prerequisites = chart.edges.filter((e) => e.arrow === '==>');
    expect(prerequisites).toEqual([{ from: mermaidNode(chart, 'earns mitx-scm-micromasters'), to: residence, arrow: '==>', label: 'prerequisite' }]);
    expect(readMermaid(renderPlanMermaid(NEWCOMER_PLAN)).edges.some((e) => e.arrow === '==>')).toBe(false);
  });

  it('puts the status, the cost and the completion on the program', () => {
    const program = chart.nodes.get('n0')!;
    expect(program.shape).toBe('stadium');
    expect(flat(program.label)).toBe(
      'Program: Master of Applied Science in Supply Chain Management (either route) (mit-scm) Status: PLANNED: the plan below completes the program Start: 2025-01-06 Cost: 41,350 USD Completion: 2026-07-05',
    );
  });

  it('hangs the unmet requirements, dashed, from an infeasible program', () => {
    const c = readMermaid(renderPlanMermaid(infeasiblePlan()));
    expect(c.groups.size).toBe(0);
    expect(flat(c.nodes.get('n0')?.label)).toContain("INFEASIBLE: no set of the catalog's offered units completes the program");
    expect(c.classes.get('n0')).toBe('unmet');
    const b = mermaidNode(c, 'unmet b');
    expect(c.classes.get(b)).toBe('unmet');
    expect(c.edges).toEqual([{ from: 'n0', to: b, arrow: '-.->' }]);
  });

  it('says complete, with nothing to take, when the record meets the program', () => {
    const c = readMermaid(renderPlanMermaid(completePlan()));
    expect(c.nodes.size).toBe(1);
    expect(c.classes.get('n0')).toBe('satisfied');
    expect(flat(c.nodes.get('n0')?.label)).toContain('COMPLETE: the record already meets the program');
  });

  it('gives the same bytes for the same result and leaves it as it was', () => {
    const frozen = deepFreeze(structuredClone(NEWCOMER_PLAN));
    expect(renderPlanMermaid(frozen, { catalog: SCM_CATALOG })).toBe(renderPlanMermaid(NEWCOMER_PLAN, { catalog: SCM_CATALOG }));
    expect(renderPlanMermaid(NEWCOMER_PLAN, { direction: 'TB' }).startsWith('flowchart TB\n')).toBe(true);
  });
});
