import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import { safeAudit } from '../../src/audit/safeAudit.js';
import { audit } from '../../src/audit/audit.js';
import { CredstackError } from '../../src/issues/CredstackError.js';
import type { AuditResult, NodeResult } from '../../src/audit/AuditResult.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';

const catalog = parseCatalog(readFileSync('examples/data/scm-catalog.yaml', 'utf8'));
const recordText = readFileSync('examples/data/learner-scm.yaml', 'utf8');
const asOf = '2024-06-30';

function node(result: AuditResult, id: string): NodeResult {
  const stack = [result.root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.id === id) return n;
    stack.push(...n.children);
  }
  throw new Error(`no node ${id}`);
}

describe('safeAudit on the MIT SCM pathways', () => {
  it('stacks the MicroMasters and counts it as the online semester of the blended master (42 of 90 units)', () => {
    const r = audit(catalog, recordText, 'mit-scmb', { asOf });
    expect(r.satisfied).toBe(false);
    expect(r.status).toBe('partial');
    expect(r.inferred.map((c) => [c.unit, c.earnedOn, c.parts.length])).toEqual([['mitx-scm-micromasters', '2023-09-30', 6]]);
    expect(node(r, 'online-semester').status).toBe('satisfied');
    expect(node(r, 'online-semester').applied[0]?.provenance).toEqual({ kind: 'recognized', recognition: 'mit-scmb-pathway', from: 'inferred:mitx-scm-micromasters' });
    expect(node(r, 'residence').reasons.map((x) => x.code)).toEqual(['missing_unit']);
    expect(r.totals.credits).toEqual({ applied: 42, required: 90, remaining: 48, percent: 46.7 });
    expect(r.unused).toEqual([]);
    expect(r.optimal).toBe(true);
  });

  it('Harvard Extension counts it as 16 of 48 credits, with 32 and the on-campus course to go', () => {
    const r = audit(catalog, recordText, 'hes-almm', { asOf });
    expect(node(r, 'courses').progress.credits).toEqual({ applied: 16, needed: 48 });
    expect(node(r, 'courses').reasons[0]).toMatchObject({ code: 'need_credits' });
    expect(node(r, 'on-campus')).toMatchObject({ overlay: true, status: 'unmet' });
    expect(r.totals.credits.remaining).toBe(32);
  });

  it('finishes the blended master once the residence semester is earned', () => {
    const text = `${recordText}  - { id: a-res, unit: mit-scm-residence, earnedOn: "2024-06-15", issuer: mit }\n`;
    const r = audit(catalog, text, 'mit-scmb', { asOf });
    expect(r.satisfied).toBe(true);
    expect(r.status).toBe('satisfied');
    expect(r.policies).toEqual([{ policy: 'totalCredits', met: true, message: '90 of 90 credits applied' }]);
  });

  it('counts a planned residence only with look-ahead, and says which achievements did', () => {
    const text = `${recordText}  - { id: a-res, unit: mit-scm-residence, status: planned }\n`;
    const without = audit(catalog, text, 'mit-scmb', { asOf });
    expect(without.satisfied).toBe(false);
    expect(without.unused).toEqual([{ achievement: 'a-res', unit: 'mit-scm-residence', reasons: [expect.objectContaining({ code: 'planned' })] }]);
    const ahead = audit(catalog, text, 'mit-scmb', { asOf, include: ['planned'] });
    expect(ahead.satisfied).toBe(true);
    expect(ahead.lookAhead).toEqual(['a-res']);
    expect(node(ahead, 'residence').applied[0]?.lookAhead).toBe(true);
  });

  it('refuses what-if exceptions that name a program, requirement or achievement that does not exist', () => {
    const waive = { id: 'w1', kind: 'waive', requirement: 'no-such-node', reason: 'what if', author: 'advisor' } as const;
    const pin = { id: 'p1', kind: 'pin', achievement: 'no-such-achievement', requirement: 'residence', reason: 'what if', author: 'advisor' } as const;
    const elsewhere = { id: 'w2', kind: 'waive', requirement: 'residence', program: 'no-such-program', reason: 'what if', author: 'advisor' } as const;
    const r = safeAudit(catalog, recordText, 'mit-scmb', { asOf: '2024-06-30', exceptions: [waive, pin, elsewhere] });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown_reference', 'options.exceptions.0.requirement'],
      ['unknown_reference', 'options.exceptions.1.achievement'],
      ['unknown_reference', 'options.exceptions.2.program'],
    ]);
  });

  it('applies what-if exceptions passed as options', () => {
    const r = audit(catalog, recordText, 'mit-scmb', {
      asOf,
      exceptions: [{ id: 'w1', kind: 'waive', requirement: 'residence', reason: 'what if the residence were waived', author: 'advisor' }],
    });
    expect(node(r, 'residence').status).toBe('waived');
    expect(r.exceptions).toEqual([{ id: 'w1', kind: 'waive', reason: 'what if the residence were waived', author: 'advisor', applied: true }]);
  });

  it('explains an exam below the pass mark', () => {
    const text = recordText.replace('value: 72', 'value: 55');
    const r = audit(catalog, text, 'hes-almm', { asOf });
    expect(r.inferred).toEqual([]);
    const exam = r.unused.find((u) => u.achievement === 'a-cfx');
    expect(exam?.reasons.map((x) => x.code)).toEqual(['grade_not_passing']);
    const course = r.unused.find((u) => u.achievement === 'a-sc0x');
    expect(course?.reasons.map((x) => x.code)).toEqual(['stack_incomplete']);
    expect(course?.reasons[0]?.message).toContain('still missing SCMx-CFx');
  });

  it('accepts deep-frozen input and leaves it untouched', () => {
    const record = deepFreeze({ achievements: [{ id: 'r', unit: 'mit-scm-residence', earnedOn: '2024-06-01' }] });
    const options = deepFreeze({ asOf, include: ['planned' as const] });
    const before = JSON.stringify([record, options]);
    expect(safeAudit(catalog, record, 'mit-scmb', options).success).toBe(true);
    expect(JSON.stringify([record, options])).toBe(before);
  });
});

describe('safeAudit on bad input', () => {
  it('reports an unknown program', () => {
    const r = safeAudit(catalog, recordText, 'nope', { asOf });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]).toMatchObject({ code: 'unknown_reference', path: ['program'] });
  });

  it('reports a catalog that was not parsed', () => {
    const r = safeAudit({} as never, recordText, 'mit-scmb', { asOf });
    expect(!r.success && r.issues[0]?.path).toEqual(['catalog']);
  });

  it('reports record issues under record, with line and column', () => {
    const r = safeAudit(catalog, recordText.replace('unit: SC1x', 'unit: SC9x'), 'mit-scmb', { asOf });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]).toMatchObject({ code: 'unknown_reference', path: ['record', 'achievements', 1, 'unit'], line: 6 });
  });

  it('reports bad options under options', () => {
    const r = safeAudit(catalog, recordText, 'mit-scmb', { asOf: '2024-02-30' });
    expect(!r.success && r.issues[0]).toMatchObject({ code: 'invalid_date', path: ['options', 'asOf'] });
    const s = safeAudit(catalog, recordText, 'mit-scmb', { asOf, stepBudget: 0 });
    expect(!s.success && s.issues[0]).toMatchObject({ code: 'invalid_number', path: ['options', 'stepBudget'] });
    const t = safeAudit(catalog, recordText, 'mit-scmb', { asOf, include: ['someday' as never] });
    expect(!t.success && t.issues[0]).toMatchObject({ code: 'invalid_value', path: ['options', 'include', 0] });
  });

  it('asks for asOf when dates matter, and reads no clock', () => {
    const dated = `${recordText}  - { id: a-x, unit: mit-scm-residence, earnedOn: "2024-01-01", expiresOn: "2030-01-01" }\n`;
    const r = safeAudit(catalog, dated, 'mit-scmb');
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]).toMatchObject({ code: 'invalid_option', path: ['options', 'asOf'] });
    expect(safeAudit(catalog, recordText, 'mit-scmb').success).toBe(true);
  });

  it('warns when a program with no credit system adds credits of different systems as given', () => {
    const mixed = parseCatalog({
      units: [
        { id: 'US', kind: 'course', title: 'US', credits: { value: 3, system: 'us-semester' } },
        { id: 'EU', kind: 'course', title: 'EU', credits: { value: 6, system: 'ects' } },
        { id: 'P', kind: 'degree', title: 'P', requirements: { id: 'root', select: {}, min: { credits: 9 } } },
      ],
    });
    const achievements = [
      { id: 'a', unit: 'US', earnedOn: '2024-01-01' },
      { id: 'b', unit: 'EU', earnedOn: '2024-01-02' },
    ];
    const r = safeAudit(mixed, { achievements }, 'P', { asOf });
    expect(r.success && r.data.totals.credits.applied).toBe(9);
    expect(r.success && r.warnings).toEqual([
      {
        code: 'mixed_credit_systems',
        path: ['catalog', 'units', 2, 'policies', 'creditSystem'],
        message: 'program "P" names no credit system, so credits in ects, us-semester were added as given; set policies.creditSystem to convert them',
      },
    ]);
    const one = safeAudit(mixed, { achievements: achievements.slice(0, 1) }, 'P', { asOf });
    expect(one.success && one.warnings).toEqual([]);
  });

  it('audit throws CredstackError with the same issues', () => {
    expect(() => audit(catalog, { achievements: 3 }, 'mit-scmb', { asOf })).toThrow(CredstackError);
  });
});
