import { describe, expect, it } from 'vitest';
import { mermaidLabel } from '../../src/report/mermaidLabel.js';
import { checkLabel, decodeLabel } from './mermaidSyntax.js';

describe('mermaidLabel', () => {
  it('writes what could end a label or start markup as entity codes, and joins lines with <br/>', () => {
    expect(mermaidLabel(['A "quoted" [title] | <b> `x` {y} 100% & #1', 'second'])).toBe(
      'A #quot;quoted#quot; #91;title#93; #124; #lt;b#gt; #96;x#96; #123;y#125; 100#37; #38; #35;1<br/>second',
    );
  });

  it('defuses Mermaid reading "direction LR" anywhere on a line, and cutting a `;` after "style" and a colon', () => {
    expect(mermaidLabel(['change direction LR now'])).toBe('change direction#32;LR now');
    expect(mermaidLabel(['Lifestyle: "x"'])).toBe('Lifestyle#58; #quot;x#quot;');
    expect(mermaidLabel(['Credits: 4'])).toBe('Credits: 4');
  });

  it('makes newlines, tabs and control characters harmless, and forges no entity from the ones Mermaid hides', () => {
    const label = mermaidLabel(['a\nb\tc\u001b[2J\u202e', '\uFB02\u00B0\u00B0lt\u00B6\u00DF', '\ud800']);
    expect(label).toBe('a b c\\x1B#91;2J\\u202E<br/>#64258;\u00B0\u00B0lt#182;\u00DF<br/>\uFFFD');
    expect(() => checkLabel(label)).not.toThrow();
    expect(decodeLabel(label)).toBe('a b c\\x1B[2J\\u202E\n\uFB02\u00B0\u00B0lt\u00B6\u00DF\n\uFFFD');
  });

  it('cuts a huge line, saying how long it was', () => {
    expect(mermaidLabel(['x'.repeat(10_000)]).length).toBeLessThan(2_100);
    expect(mermaidLabel(['x'.repeat(10_000)])).toContain('(10000 characters)');
  });
});
