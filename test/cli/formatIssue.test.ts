import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/cli/formatIssue.js';
import type { Issue } from '../../src/issues/Issue.js';

const located: Issue = { code: 'unknown_reference', path: ['units', 3, 'provider'], message: 'no such organisation', line: 40, column: 15 };

describe('formatIssue', () => {
  it('writes FILE:LINE:COLUMN: CODE at PATH: MESSAGE', () => {
    expect(formatIssue('catalog.yaml', located)).toBe('catalog.yaml:40:15: unknown_reference at units[3].provider: no such organisation');
  });

  it('leaves out the position when the issue has none', () => {
    const { line: _line, column: _column, ...unlocated } = located;
    expect(formatIssue('c.json', unlocated)).toBe('c.json: unknown_reference at units[3].provider: no such organisation');
  });

  it('leaves out the path for an issue about the whole document', () => {
    expect(formatIssue('c.yaml', { code: 'malformed', path: [], message: 'bad', line: 2, column: 1 })).toBe('c.yaml:2:1: malformed: bad');
  });

  it('marks warnings', () => {
    expect(formatIssue('r.yaml', located, { warning: true })).toBe('r.yaml:40:15: warning unknown_reference at units[3].provider: no such organisation');
  });

  it('keeps one issue on one line', () => {
    expect(formatIssue('r.yaml', { code: 'cycle', path: ['units'], message: 'first\n  second' })).toBe('r.yaml: cycle at units: first second');
  });
});
