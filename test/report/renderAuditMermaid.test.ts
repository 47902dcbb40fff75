import { describe, expect, it } from 'vitest';
import { renderAuditMermaid } from '../../src/report/renderAuditMermaid.js';
import { renderAuditText } from '../../src/report/renderAuditText.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { EXCEPTIONS, MORE_ACHIEVEMENTS, auditExample } from './auditExamples.js';
import { readMermaid } from './mermaidSyntax.js';
import { flat, mermaidNode, mermaidOut } from './pictureFinders.js';

describe('renderAuditMermaid', () => {
  const scmb = auditExample('mit-scmb');
  const chart = readMermaid(renderAuditMermaid(scmb));

  it('draws the program on top, with its status, credits and class', () => {
    expect(chart.direction).toBe('TB');
    const [first, program] = [...chart.nodes][0]!;
    expect(program.shape).toBe('stadium');
    expect(flat(program.label)).toContain(' Status: IN PROGRESS Credits: 42/90 mit-unit, 48 remaining (46.7%) ');
    expect(chart.classes.get(first)).toBe('partial');
    expect(chart.edges.some((e) => e.from === first && e.to === mermaidNode(chart, '[scmb]'))).toBe(true);
  });

  it('gives a satisfied requirement the satisfied class and says so in words, with its progress', () => {
    const id = mermaidNode(chart, '[online-semester]');
    expect(chart.classes.get(id)).toBe('satisfied');
    expect(flat(chart.nodes.get(id)?.label)).toBe('✓ satisfied The MicroMasters, counted as the online semester [online-semester]: 1/1');
    expect(chart.classDefs.get('satisfied')).toContain('stroke-width:2px');
  });

  it('shows an unmet requirement as remaining: unmet class, dashed edges, a remaining node with the reason', () => {
    const id = mermaidNode(chart, '[residence]');
    expect(chart.classes.get(id)).toBe('unmet');
    expect(chart.nodes.get(id)?.label.startsWith('✗ unmet\n')).toBe(true);
    expect(chart.edges.find((e) => e.to === id)?.arrow).toBe('-.->');
    const rest = mermaidOut(chart, id).filter((e) => chart.classes.get(e.to) === 'remaining');
    expect(rest).toHaveLength(1);
    expect(rest[0]!.arrow).toBe('-.->');
    expect(flat(chart.nodes.get(rest[0]!.to)?.label)).toBe('remaining needs an eligible achievement of mit-scm-residence; none applied (missing_unit)');
    expect(chart.classDefs.get('remaining')).toContain('stroke-dasharray');
  });

  it('shows a recognised achievement through its recognition, and the stacked credential with its parts', () => {
    const requirement = mermaidNode(chart, '[online-semester]');
    const recognition = mermaidNode(chart, 'recognition mit-scmb-pathway');
    const applied = mermaidOut(chart, requirement).find((e) => e.to === recognition);
    expect(flat(applied?.label)).toBe('mit-scmb-online-semester, 42 credits, recognised via mit-scmb-pathway from inferred:mitx-scm-micromasters');
    expect(chart.classes.get(recognition)).toBe('route');
    const stacked = mermaidNode(chart, 'stacked credential mitx-scm-micromasters');
    expect(chart.classes.get(stacked)).toBe('credential');
    expect(mermaidOut(chart, recognition)).toEqual([{ from: recognition, to: stacked, arrow: '-->', label: 'recognises' }]);
    const parts = mermaidOut(chart, stacked).map((e) => flat(chart.nodes.get(e.to)?.label));
    expect(parts).toEqual(['a-sc0x', 'a-sc1x', 'a-sc2x', 'a-sc3x', 'a-sc4x', 'a-cfx'].map((a) => `achievement ${a}`));
  });

  it('shows waivers, pins and direct achievements, each as the text report words them', () => {
    const almm = auditExample('hes-almm', MORE_ACHIEVEMENTS + EXCEPTIONS);
    const c = readMermaid(renderAuditMermaid(almm));
    const waived = mermaidNode(c, '[on-campus]');
    expect(c.classes.get(waived)).toBe('waived');
    expect(c.nodes.get(waived)?.label.startsWith('⊘ waived\n')).toBe(true);
    const courses = mermaidNode(c, '[courses]');
    const pinned = mermaidOut(c, courses).find((e) => e.to === mermaidNode(c, 'hes-mgmt-e110 (a-e110)'));
    expect(flat(pinned?.label)).toBe('hes-mgmt-e110 (a-e110), 4 credits, pinned by exception x2');
    expect(renderAuditText(almm)).toContain(`- ${flat(pinned?.label)}`);
    expect(c.classes.get(courses)).toBe('partial');
    expect(flat(c.nodes.get(courses)?.label)).toBe('◐ partial Management courses, 48 credits [courses]: 20/48 credits');
  });

  it('draws a satisfied program, counted through look-ahead, with the look-ahead said on the edge', () => {
    const ahead = readMermaid(renderAuditMermaid(auditExample('mit-scmb', MORE_ACHIEVEMENTS, { include: ['planned'] })));
    const residence = mermaidNode(ahead, '[residence]');
    expect(ahead.classes.get(residence)).toBe('satisfied');
    expect(mermaidOut(ahead, residence).map((e) => flat(e.label))).toEqual(['mit-scm-residence (a-plan), 48 credits, from the record (look-ahead)']);
    expect([...ahead.classes.values()]).not.toContain('remaining');
    expect(ahead.classes.get('n0')).toBe('satisfied');
  });

  it('leaves out the parts on request, turns left to right on request, and ignores a bad direction', () => {
    expect(readMermaid(renderAuditMermaid(scmb, { parts: false })).edges.some((e) => e.label === 'stacked from')).toBe(false);
    expect(renderAuditMermaid(scmb, { direction: 'LR' }).startsWith('flowchart LR\n')).toBe(true);
    expect(renderAuditMermaid(scmb, { direction: 'RL; click n0 call x()' as 'LR' }).startsWith('flowchart TB\n')).toBe(true);
  });

  it('gives the same bytes for the same result, and leaves the result as it was', () => {
    const frozen = deepFreeze(auditExample('hes-almm', MORE_ACHIEVEMENTS + EXCEPTIONS));
    const copy = structuredClone(frozen);
    expect(renderAuditMermaid(frozen)).toBe(renderAuditMermaid(copy));
    expect(frozen).toEqual(copy);
  });
});
