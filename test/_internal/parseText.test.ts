import { describe, expect, it } from 'vitest';
import { parseText, locateIssues } from '../../src/_internal/parseText.js';

describe('parseText', () => {
  it('reads JSON and YAML', () => {
    expect(parseText('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
    expect(parseText('a:\n  - 1\n  - 2\n')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it('keeps dates as strings (YAML 1.2 core schema)', () => {
    expect(parseText('d: 2024-01-31')).toEqual({ ok: true, value: { d: '2024-01-31' } });
  });

  it('reports malformed JSON with line and column', () => {
    const r = parseText('{\n  "a": [1,\n  "b": 2\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'malformed', line: expect.any(Number), column: expect.any(Number) });
  });

  it('reports duplicate keys', () => {
    const r = parseText('a: 1\na: 2\n');
    expect(r.ok).toBe(false);
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

describe('locateIssues', () => {
  it('adds the line and column of the nearest node on the path', () => {
    const [located] = locateIssues('units:\n  - id: a\n    kind: x\n', [{ code: 'invalid_value', path: ['units', 0, 'kind', 'deeper'], message: 'm' }]);
    expect(located).toMatchObject({ line: 3, column: 11 });
  });
});
