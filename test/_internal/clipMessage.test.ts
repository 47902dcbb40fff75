import { describe, expect, it } from 'vitest';
import { clipMessage } from '../../src/_internal/clipMessage.js';
import { issue } from '../../src/_internal/issue.js';

describe('clipMessage', () => {
  it('leaves usual messages alone', () => {
    const message = 'achievement "a2" names unit "SC9x", which is not in the catalog';
    expect(clipMessage(message)).toBe(message);
  });

  // Before: a 10 MB id made a 10 MB message.
  it('cuts huge quoted values and runs, keeping the words around them', () => {
    const id = 'x'.repeat(10_000_000);
    const message = clipMessage(`achievement "${id}" names unit "${id}", which is not in the catalog`);
    expect(message.length).toBeLessThan(300);
    expect(message).toMatch(/^achievement "x+… \(10000000 characters\)" names unit "x+… \(10000000 characters\)", which is not in the catalog$/);
    expect(clipMessage(`expected ${id} here`)).toMatch(/^expected x+… \(10000000 characters\) here$/);
  });

  it('is applied to every issue built, with expected and received', () => {
    const huge = 'y'.repeat(1_000_000);
    const found = issue('invalid_value', [], `got "${huge}"`, { expected: 'a', received: huge });
    expect(found.message.length).toBeLessThan(200);
    expect(found.received!.length).toBeLessThan(200);
  });
});
