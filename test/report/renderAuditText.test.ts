import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/audit.js';
import type { AuditResult } from '../../src/audit/AuditResult.js';
import { renderAuditText } from '../../src/report/renderAuditText.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { APPROXIMATE_CATALOG, auditExample, EXCEPTIONS, linesOf, MORE_ACHIEVEMENTS, sectionOf } from './auditExamples.js';

describe('renderAuditText', () => {
  const scmb = renderAuditText(auditExample('mit-scmb'));
  const scmbLines = linesOf(scmb);

  it('starts with the program, the date, the status, the credits and the requirements met', () => {
    expect(scmbLines.slice(0, 5)).toEqual([
      'Program:      Master of Applied Science in Supply Chain Management (blended) (mit-scmb)',
      'As of:        2024-06-30',
      'Status:       IN PROGRESS',
      'Credits:      42/90 mit-unit, 48 remaining (46.7%)',
      'Requirements: 1 of 2 met',
    ]);
  });

  it('draws the requirement tree with marks, titles, ids and progress, children indented', () => {
    const tree = sectionOf(scmb, 'Requirements');
    expect(tree).toContain("[~] SCM blended master's [scmb]: 1 of 2 parts");
    expect(tree).toContain('    [x] The MicroMasters, counted as the online semester [online-semester]: 1/1');
    expect(tree).toContain('    [ ] Semester in residence (January to June) [residence]: 0/1');
  });

  it('gives the reason under the unmet residence requirement', () => {
    const at = scmbLines.indexOf('    [ ] Semester in residence (January to June) [residence]: 0/1');
    expect(scmbLines[at + 1]).toBe('        ! needs an eligible achievement of mit-scm-residence; none applied (missing_unit)');
  });

  it('describes applied achievements with their unit, credits and provenance', () => {
    expect(scmbLines).toContain('        - mit-scmb-online-semester, 42 credits, recognised via mit-scmb-pathway from inferred:mitx-scm-micromasters');
    const almm = linesOf(renderAuditText(auditExample('hes-almm')));
    expect(almm).toContain('    [~] Management courses, 48 credits [courses]: 16/48 credits');
    expect(almm).toContain('        - mitx-scm-micromasters, 16 credits, recognised via hes-scm-pathway from inferred:mitx-scm-micromasters');
  });

  it('lists the policies and the inferred credentials with their parts', () => {
    expect(sectionOf(scmb, 'Policies')).toEqual(['Policies', '  [ ] totalCredits: 42 of 90 credits applied']);
    expect(sectionOf(scmb, 'Inferred credentials')).toEqual([
      'Inferred credentials',
      '  - mitx-scm-micromasters (inferred:mitx-scm-micromasters), earned 2023-09-30, from a-sc0x, a-sc1x, a-sc2x, a-sc3x, a-sc4x, a-cfx',
    ]);
    expect(sectionOf(scmb, 'Exceptions')).toEqual(['Exceptions', '  none']);
    expect(sectionOf(scmb, 'Achievements not used')).toEqual(['Achievements not used', '  none: every achievement counts']);
  });

  it('lists the achievements not used with their reasons (expired, planned)', () => {
    const text = renderAuditText(auditExample('mit-scmb', MORE_ACHIEVEMENTS));
    const unused = sectionOf(text, 'Achievements not used');
    expect(unused).toContain('  - a-old (hes-mgmt-e100)');
    expect(unused[unused.indexOf('  - a-old (hes-mgmt-e100)') + 1]).toBe('    expired on 2023-01-01 (expired)');
    expect(unused).toContain('  - a-plan (mit-scm-residence)');
    expect(unused).toContain('    planned; counts only with look-ahead (planned)');
  });

  it('marks a waived requirement [w] and says which exception waived it; shows pins and the exceptions', () => {
    const lines = linesOf(renderAuditText(auditExample('hes-almm', `${MORE_ACHIEVEMENTS}${EXCEPTIONS}`)));
    const waived = lines.findIndex((l) => l.startsWith('    [w] '));
    expect(lines[waived]).toMatch(/^ {4}\[w\] At least one course taken on campus .*\[on-campus\] \(overlay\): waived$/);
    expect(lines[waived + 1]).toBe('        ! waived by exception "x1" (registrar@hes): capstone done remotely (waived)');
    expect(lines).toContain("        - hes-mgmt-e110 (a-e110), 4 credits, pinned by exception x2");
    expect(lines).toContain('  [x] x1 (waive by registrar@hes): capstone done remotely');
    expect(lines).toContain("  [x] x2 (pin by advisor@hes): advisor's decision");
  });

  it('says when an exception could not take effect', () => {
    const pin = `exceptions:\n  - { id: x2, kind: pin, program: mit-scmb, achievement: a-e110, requirement: residence, reason: "advisor's decision", author: "advisor@hes" }\n`;
    const lines = linesOf(renderAuditText(auditExample('mit-scmb', `${MORE_ACHIEVEMENTS}${pin}`)));
    const at = lines.indexOf("  [ ] x2 (pin by advisor@hes): advisor's decision");
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {6}not applied: the requirement does not take this achievement/);
  });

  it('marks look-ahead in the status, the header and the applied achievement', () => {
    const lines = linesOf(renderAuditText(auditExample('mit-scmb', MORE_ACHIEVEMENTS, { include: ['planned'] })));
    expect(lines).toContain('Status:       SATISFIED (with look-ahead)');
    expect(lines).toContain('Look-ahead:   counts a-plan (in progress or planned)');
    expect(lines).toContain('        - mit-scm-residence (a-plan), 48 credits, from the record (look-ahead)');
    expect(lines).toContain('[x] SCM blended master\'s [scmb]: 2 of 2 parts');
  });

  it('says NOT STARTED when nothing counts, and falls back to ids for untitled requirements', () => {
    const result = audit(APPROXIMATE_CATALOG, { achievements: [] }, 'prog', { asOf: '2024-01-01' });
    const lines = linesOf(renderAuditText(result));
    expect(lines).toContain('Status:       NOT STARTED');
    expect(lines).toContain('    [ ] prog/0: 0/7 credits');
    expect(lines).toContain('Credits:      0 us-semester applied');
  });

  it('flags credits converted through an approximate factor', () => {
    const record = { achievements: [{ id: 'a1', unit: 'u1', earnedOn: '2023-01-01' }, { id: 'a2', unit: 'u2', earnedOn: '2023-01-01' }] };
    const lines = linesOf(renderAuditText(audit(APPROXIMATE_CATALOG, record, 'prog', { asOf: '2024-01-01' })));
    expect(lines).toContain('        - u1 (a1), 3 credits, from the record (approximate)');
    expect(lines).toContain('        - u2 (a2), 4 credits, from the record');
  });

  it('flags an achievement past a maximum as not counted', () => {
    const result = auditExample('hes-almm');
    const courses = result.root.children[0]!;
    const extra = { ...courses.applied[0]!, achievement: 'a-x', unit: 'hes-mgmt-e120', credits: 4, counted: false, provenance: { kind: 'direct' } as const };
    const changed: AuditResult = { ...result, root: { ...result.root, children: [{ ...courses, applied: [...courses.applied, extra] }, ...result.root.children.slice(1)] } };
    expect(linesOf(renderAuditText(changed))).toContain('        - hes-mgmt-e120 (a-x), 4 credits, from the record (not counted: past maximum)');
  });

  it('ends with a note when the step budget was reached', () => {
    const result = auditExample('mit-scmb');
    expect(scmb).not.toContain('step budget');
    const lines = linesOf(renderAuditText({ ...result, optimal: false, steps: 1000 }));
    expect(lines.at(-2)).toMatch(/^Note: The step budget was reached after 1000 steps: this is the best allocation found, not proven optimal\./);
  });

  it('adds ANSI colours only when asked', () => {
    expect(scmb).not.toContain('\u001b[');
    const colored = renderAuditText(auditExample('mit-scmb'), { color: true });
    expect(colored).toContain('\u001b[32m[x]\u001b[0m The MicroMasters');
    expect(colored).toContain('\u001b[31m[ ]\u001b[0m Semester in residence');
    expect(colored).toContain('Status:       \u001b[33mIN PROGRESS\u001b[0m');
    expect(colored.replace(/\u001b\[\d+m/g, '')).toBe(scmb);
  });

  it('is pure: frozen input, same output every time', () => {
    const result = deepFreeze(auditExample('hes-almm', `${MORE_ACHIEVEMENTS}${EXCEPTIONS}`));
    expect(renderAuditText(result)).toBe(renderAuditText(result));
    expect(renderAuditText(result).endsWith('\n')).toBe(true);
  });
});
