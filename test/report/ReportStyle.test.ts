import { describe, expect, it } from 'vitest';
import { MARKDOWN_STYLE, PLAIN_STYLE } from '../../src/report/ReportStyle.js';
import { renderAuditText } from '../../src/report/renderAuditText.js';
import { renderAuditMarkdown } from '../../src/report/renderAuditMarkdown.js';
import { audit } from '../../src/audit/audit.js';
import { parseCatalog } from '../../src/catalog/parseCatalog.js';

const ESC = '\u001b';
const CLEAR = `${ESC}[2J${ESC}[31m`;

/** A catalog whose titles and ids carry terminal escapes, a C1 CSI and a bidirectional override. */
const hostile = parseCatalog({
  units: [
    { id: 'C1', kind: 'course', title: `Intro${CLEAR}`, credits: { value: 4, system: 'ects' } },
    { id: `P\u202Eevil`, kind: 'degree', title: `Degree\u009b2J\nsecond line`, requirements: { id: 'root', title: `Root${ESC}]0;pwned\u0007`, unit: 'C1' } },
  ],
});
const result = audit(hostile, { achievements: [{ id: `a${ESC}[1A`, unit: 'C1', earnedOn: '2023-05-20' }] }, 'P\u202Eevil');

/** Any control character but the line feeds that end lines. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('report styles neutralise control characters in the data', () => {
  it('plain text shows them escaped, on one line', () => {
    expect(PLAIN_STYLE.text(`a${CLEAR}b`)).toBe('a\\x1B[2J\\x1B[31mb');
    expect(PLAIN_STYLE.id('x\u202Ey')).toBe('x\\u202Ey');
    expect(PLAIN_STYLE.text('two\nlines')).toBe('two lines');
  });

  it('Markdown shows them escaped, in prose and in code spans', () => {
    expect(MARKDOWN_STYLE.text(`a${ESC}[2J`)).toBe('a\\x1B\\[2J');
    expect(MARKDOWN_STYLE.id(`a${ESC}`)).toBe('`a\\x1B`');
  });

  it('cuts a 10 MB id or title, with its length', () => {
    expect(PLAIN_STYLE.id('x'.repeat(10_000_000)).length).toBeLessThan(300);
    expect(MARKDOWN_STYLE.text('y'.repeat(10_000_000)).length).toBeLessThan(2100);
  });

  // Before: the escape sequences reached the terminal as they were.
  it('no report of an audit lets one through', () => {
    for (const report of [renderAuditText(result), renderAuditMarkdown(result)]) {
      expect(report).not.toMatch(CONTROL);
      expect(report).toContain('\\x9B2J');
      expect(report).toContain('\\x1B');
    }
    expect(renderAuditText(result, { color: true }).replaceAll(/\u001b\[\d+m/g, '')).not.toMatch(CONTROL);
  });
});
