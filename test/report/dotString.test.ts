import { parse } from '@ts-graphviz/ast';
import { describe, expect, it } from 'vitest';
import { dotString } from '../../src/report/dotString.js';
import { dotText } from './dotSyntax.js';

describe('dotString', () => {
  it('quotes, escapes quotes and backslashes, and joins lines with \\n', () => {
    expect(dotString(['say "hi"', 'C:\\temp \\N'])).toBe('"say \\"hi\\"\\nC:\\\\temp \\\\N"');
    expect(dotString('plain')).toBe('"plain"');
  });

  it('keeps keywords, brackets and semicolons inside the string, and makes controls visible', () => {
    for (const text of ['subgraph', 'node', '}; "x" -> "y', '<b>', 'a\\', '\u001b[31m', 'end\n}']) {
      const quoted = dotString(text);
      const ast = parse(`digraph { "n0" [label=${quoted}]; }`);
      const node = ast.children[0]!.children[0]!;
      expect(node.type).toBe('Node');
      const value = node.type === 'Node' && node.children[0]?.type === 'Attribute' ? node.children[0].value.value : undefined;
      expect(dotText(value!)).toBe(text.replace('\u001b', '\\x1B').replace('\n', ' '));
    }
  });
});
