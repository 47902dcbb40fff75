import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/issues/formatPath.js';

describe('formatPath', () => {
  it('writes keys and indices as a reader expects', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['units', 3, 'credits', 'value'])).toBe('units[3].credits.value');
    expect(formatPath(['units', 0, 'requirements', 'all', 1])).toBe('units[0].requirements.all[1]');
    expect(formatPath(['a b', 'c-d'])).toBe('["a b"]["c-d"]');
  });

  it('cuts a key too long to read, with its length', () => {
    const path = formatPath(['units', 0, 'k'.repeat(10_000_000)]);
    expect(path).toMatch(/^units\[0\]\["k+… \(10000000 characters\)"\]$/);
    expect(path.length).toBeLessThan(150);
  });
});
