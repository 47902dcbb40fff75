import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/_internal/parseText.js';
import type { Issue } from '../../src/issues/Issue.js';

function issuesOf(text: string, limits?: { maxSize: number; maxNodes: number }): readonly Issue[] {
  const read = parseText(text, limits);
  return read.ok ? [] : read.issues;
}

describe('parseText', () => {
  it('reads JSON and YAML', () => {
    expect(parseText('{"a": [1, 2]}')).toMatchObject({ ok: true, value: { a: [1, 2] } });
    expect(parseText('a:\n  - 1\n  - 2\n')).toMatchObject({ ok: true, value: { a: [1, 2] } });
  });

  it('keeps dates as strings (YAML 1.2 core schema)', () => {
    expect(parseText('d: 2024-01-31')).toMatchObject({ ok: true, value: { d: '2024-01-31' } });
  });

  it('reports malformed JSON with line and column', () => {
    const r = parseText('{\n  "a": [1,\n  "b": 2\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'malformed', line: expect.any(Number), column: expect.any(Number) });
  });

  it('turns unresolved aliases and alias bombs into issues', () => {
    expect(parseText('a: *nothing').ok).toBe(false);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`)].join('\n');
    const r = parseText(bomb);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe('malformed');
  });

  it('keeps __proto__ as an own key', () => {
    const r = parseText('__proto__: { polluted: true }');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(Object.keys(r.value as object)).toEqual(['__proto__']);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    }
  });
});

describe('parseText on hostile nesting', () => {
  // Before: the YAML parser overflowed the stack, and its "Maximum call stack
  // size exceeded" came back hundreds of times (788 lines for this input).
  it('refuses 2,000 unclosed [ with one too_deep issue, before the parser sees them', () => {
    const issues = issuesOf('['.repeat(2000));
    expect(issues).toEqual([expect.objectContaining({ code: 'too_deep', line: 1, column: expect.any(Number) })]);
  });

  it.each([
    ['block mappings', (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}a:`).join('\n')],
    ['block sequences', (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}-`).join('\n')],
    ['compact sequences', (n: number) => `${'- '.repeat(n)}x`],
    ['flow mappings', (n: number) => `a: ${'{a: '.repeat(n)}`],
    ['closed flow sequences', (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`],
  ])('refuses YAML %s 5,000 deep with too_deep at a line', (_, make) => {
    const issues = issuesOf(make(5000));
    expect(issues).toEqual([expect.objectContaining({ code: 'too_deep', line: expect.any(Number) })]);
  });

  it('reports each syntax error once', () => {
    const issues = issuesOf('a: [1, 2\nb: {c: 3\n');
    const lines = issues.map((i) => `${i.line}:${i.column}:${i.message}`);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('turns aliases nested past the depth limit into too_deep', () => {
    let text = `a0: &a0 ${'['.repeat(150)}${']'.repeat(150)}\n`;
    for (let i = 1; i < 4; i++) text += `a${i}: &a${i} ${'['.repeat(150)}*a${i - 1}${']'.repeat(150)}\n`;
    expect(issuesOf(text).map((i) => i.code)).toEqual(['too_deep']);
  });
});

describe('parseText limits', () => {
  it('refuses text longer than maxSize before reading it', () => {
    expect(issuesOf('a: 1234567890', { maxSize: 10, maxNodes: 100 })).toEqual([expect.objectContaining({ code: 'too_large', path: [] })]);
    expect(issuesOf('a: 12345', { maxSize: 10, maxNodes: 100 })).toEqual([]);
  });

  it('refuses more nodes than maxNodes, in YAML (before parsing) and in JSON', () => {
    const yaml = `units:\n${Array.from({ length: 50 }, (_, i) => `- {id: u${i}, kind: course}`).join('\n')}\n`;
    expect(issuesOf(yaml, { maxSize: 1e6, maxNodes: 100 })).toEqual([expect.objectContaining({ code: 'too_large', line: expect.any(Number) })]);
    expect(issuesOf(yaml, { maxSize: 1e6, maxNodes: 1000 })).toEqual([]);
    const json = JSON.stringify({ units: Array.from({ length: 50 }, (_, i) => ({ id: `u${i}`, kind: 'course' })) });
    expect(issuesOf(json, { maxSize: 1e6, maxNodes: 100 })).toEqual([expect.objectContaining({ code: 'too_large' })]);
    expect(issuesOf(json, { maxSize: 1e6, maxNodes: 1000 })).toEqual([]);
  });

  // Before: a million tiny units in YAML grew the parser to 4.3 GB and aborted the process.
  it('refuses a million tiny units in YAML under the default limits', () => {
    const text = `units:\n${Array.from({ length: 1_000_000 }, (_, i) => `- {id: u${i}, kind: course, title: t}`).join('\n')}\n`;
    expect(issuesOf(text)).toEqual([expect.objectContaining({ code: 'too_large' })]);
  });
});

describe('parseText and keys given twice', () => {
  // Before: JSON.parse kept the last value silently.
  it('reports a key given twice in JSON, with its object\'s path, line and column', () => {
    const issues = issuesOf('{\n  "units": [\n    { "id": "a", "kind": "course", "id": "b" }\n  ]\n}');
    expect(issues).toEqual([expect.objectContaining({ code: 'duplicate_key', path: ['units', 0], line: 3, column: 36 })]);
    expect(issues[0]?.message).toContain('"id"');
  });

  it('compares JSON keys after unescaping', () => {
    expect(issuesOf('{"a": 1, "\\u0061": 2}').map((i) => i.code)).toEqual(['duplicate_key']);
    expect(issuesOf('{"a": 1, "b": {"a": 2}, "c": "\\"a\\": 3"}')).toEqual([]);
  });

  it('reports a key given twice in YAML as duplicate_key with its path', () => {
    const issues = issuesOf('units:\n  - id: a\n    kind: course\n    id: b\n');
    expect(issues).toEqual([expect.objectContaining({ code: 'duplicate_key', path: ['units', 0], line: 4, column: 5 })]);
  });
});

describe('parseText locate', () => {
  it('places issues in YAML at the nearest node on the path', () => {
    const read = parseText('units:\n  - id: a\n    kind: x\n');
    if (!read.ok) throw new Error('expected to read');
    const [located] = read.locate([{ code: 'invalid_value', path: ['units', 0, 'kind', 'deeper'], message: 'm' }]);
    expect(located).toMatchObject({ line: 3, column: 11 });
  });

  it('places issues in JSON without the YAML parser', () => {
    const read = parseText('{\n  "units": [\n    {"id": "a", "kind": "x"}\n  ]\n}');
    if (!read.ok) throw new Error('expected to read');
    const located = read.locate([
      { code: 'invalid_value', path: ['units', 0, 'kind'], message: 'm' },
      { code: 'invalid_type', path: ['units', 0, 'title'], message: 'missing' },
      { code: 'invalid_type', path: ['organisations'], message: 'missing' },
    ]);
    expect(located.map((i) => [i.line, i.column])).toEqual([[3, 25], [3, 5], [1, 1]]);
  });
});
