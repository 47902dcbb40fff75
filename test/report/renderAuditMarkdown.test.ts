import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/audit.js';
import type { AuditResult } from '../../src/audit/AuditResult.js';
import { renderAuditMarkdown } from '../../src/report/renderAuditMarkdown.js';
import { renderAuditText } from '../../src/report/renderAuditText.js';
import { APPROXIMATE_CATALOG, auditExample, EXCEPTIONS, linesOf, MORE_ACHIEVEMENTS } from './auditExamples.js';

/** A Markdown section's lines: from its `## ` heading up to the next heading or note. */
function section(markdown: string, title: string): string[] {
  const lines = linesOf(markdown);
  const start = lines.indexOf(`## ${title}`);
  if (start < 0) throw new Error(`no section ${title}`);
  const end = lines.findIndex((l, i) => i > start && (l.startsWith('## ') || l.startsWith('> ')));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((l) => l !== '');
}

describe('renderAuditMarkdown', () => {
  const scmb = renderAuditMarkdown(auditExample('mit-scmb'));

  it('has a heading with the program and the summary as a list', () => {
    const lines = linesOf(scmb);
    expect(lines[0]).toBe('# Audit: Master of Applied Science in Supply Chain Management (blended)');
    expect(lines).toContain('- **Program:** Master of Applied Science in Supply Chain Management (blended) (`mit-scmb`)');
    expect(lines).toContain('- **As of:** 2024-06-30');
    expect(lines).toContain('- **Status:** IN PROGRESS');
    expect(lines).toContain('- **Credits:** 42/90 `mit-unit`, 48 remaining (46.7%)');
  });

  it('writes the requirement tree as a nested list with ✓/◐/✗ marks, achievements and reasons', () => {
    expect(section(scmb, 'Requirements')).toEqual([
      "- ◐ SCM blended master's \\[`scmb`\\]: 1 of 2 parts",
      '  - _why:_ 1 part met, 2 needed (`need_children`)',
      '  - _why:_ policy totalCredits is not met: 42 of 90 credits applied (`policy_unmet`)',
      '  - ✓ The MicroMasters, counted as the online semester \\[`online-semester`\\]: 1/1',
      '    - `mit-scmb-online-semester`, 42 credits, recognised via `mit-scmb-pathway` from `inferred:mitx-scm-micromasters`',
      '  - ✗ Semester in residence (January to June) \\[`residence`\\]: 0/1',
      '    - _why:_ needs an eligible achievement of mit-scm-residence; none applied (`missing_unit`)',
    ]);
  });

  it('has the same sections as the text report', () => {
    expect(section(scmb, 'Policies')).toEqual(['- ✗ `totalCredits`: 42 of 90 credits applied']);
    expect(section(scmb, 'Inferred credentials')).toEqual([
      '- `mitx-scm-micromasters` (`inferred:mitx-scm-micromasters`), earned 2023-09-30, from `a-sc0x`, `a-sc1x`, `a-sc2x`, `a-sc3x`, `a-sc4x`, `a-cfx`',
    ]);
    expect(section(scmb, 'Exceptions')).toEqual(['_none_']);
    expect(section(scmb, 'Achievements not used')).toEqual(['_none: every achievement counts_']);
  });

  it('shows waived requirements ⊘, pins, exceptions and unused achievements with their reasons', () => {
    const markdown = renderAuditMarkdown(auditExample('hes-almm', `${MORE_ACHIEVEMENTS}${EXCEPTIONS}`));
    const tree = section(markdown, 'Requirements');
    expect(tree).toContain('  - ◐ Management courses, 48 credits \\[`courses`\\]: 20/48 credits');
    expect(tree).toContain('    - `hes-mgmt-e110` (`a-e110`), 4 credits, pinned by exception `x2`');
    expect(tree.find((l) => l.startsWith('  - ⊘ '))).toMatch(/\\\[`on-campus`\\\] \(overlay\): waived$/);
    expect(section(markdown, 'Exceptions')).toEqual([
      '- ✓ `x1` (waive by registrar@hes): capstone done remotely',
      "- ✓ `x2` (pin by advisor@hes): advisor's decision",
    ]);
    expect(section(markdown, 'Achievements not used')).toEqual([
      '- `a-old` (`hes-mgmt-e100`)',
      '  - expired on 2023-01-01 (`expired`)',
      '- `a-plan` (`mit-scm-residence`)',
      '  - planned; counts only with look-ahead (`planned`)',
    ]);
  });

  it('flags approximate conversions and look-ahead', () => {
    const record = { achievements: [{ id: 'a1', unit: 'u1', earnedOn: '2023-01-01' }, { id: 'a2', unit: 'u2', earnedOn: '2023-01-01' }] };
    const approx = renderAuditMarkdown(audit(APPROXIMATE_CATALOG, record, 'prog', { asOf: '2024-01-01' }));
    expect(linesOf(approx)).toContain('    - `u1` (`a1`), 3 credits, from the record (approximate)');
    const ahead = renderAuditMarkdown(auditExample('mit-scmb', MORE_ACHIEVEMENTS, { include: ['planned'] }));
    expect(linesOf(ahead)).toContain('    - `mit-scm-residence` (`a-plan`), 48 credits, from the record (look-ahead)');
    expect(linesOf(ahead)).toContain('- **Status:** SATISFIED (with look-ahead)');
  });

  it('escapes Markdown in titles and messages, and keeps each item on one line', () => {
    const result = auditExample('mit-scmb');
    const tricky: AuditResult = {
      ...result,
      program: { ...result.program, title: 'C*-algebras & <b>bold</b> [link](x)' },
      root: { ...result.root, title: 'two\nlines _here_' },
    };
    const lines = linesOf(renderAuditMarkdown(tricky));
    expect(lines[0]).toBe('# Audit: C\\*-algebras & \\<b\\>bold\\</b\\> \\[link\\](x)');
    expect(lines).toContain('- ◐ two lines \\_here\\_ \\[`scmb`\\]: 1 of 2 parts');
  });

  it('ends with a note when the step budget was reached', () => {
    expect(scmb).not.toContain('Note');
    const markdown = renderAuditMarkdown({ ...auditExample('mit-scmb'), optimal: false, steps: 7 });
    expect(linesOf(markdown).at(-2)).toMatch(/^> \*\*Note:\*\* The step budget was reached after 7 steps/);
  });

  it('says what the text report says, line for line in the tree', () => {
    const result = auditExample('hes-almm', `${MORE_ACHIEVEMENTS}${EXCEPTIONS}`);
    const plain = (s: string) => s.replace(/\\([\\`*_{}[\]<>#|~])/g, '$1').replace(/`/g, '');
    const textTree = linesOf(renderAuditText(result)).filter((l) => /^\s*\[.\] /.test(l)).map((l) => l.replace(/^\s*\[.\] /, ''));
    const mdTree = section(renderAuditMarkdown(result), 'Requirements').filter((l) => /^\s*- [✓◐✗⊘] /.test(l)).map((l) => plain(l.replace(/^\s*- . /, '')));
    expect(mdTree).toEqual(textTree.slice(0, mdTree.length));
    expect(mdTree).toHaveLength(3);
  });
});
