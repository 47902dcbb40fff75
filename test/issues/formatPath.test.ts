import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/issues/formatPath.js';

describe('formatPath', () => {
  it('writes keys and indices as a reader expects', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['units', 3, 'credits', 'value'])).toBe('units[3].credits.value');
    expect(formatPath(['units', 0, 'requirements', 'all', 1])).toBe('units[0].requirements.all[1]');
    expect(formatPath(['a b', 'c-d'])).toBe('["a b"]["c-d"]');
  });
});
