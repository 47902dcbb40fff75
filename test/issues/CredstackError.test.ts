import { describe, expect, it } from 'vitest';
import { CredstackError } from '../../src/issues/CredstackError.js';

describe('CredstackError', () => {
  it('carries frozen issues and a message naming the first', () => {
    const error = new CredstackError(
      [
        { code: 'unknown_reference', path: ['units', 0, 'provider'], message: 'no such provider' },
        { code: 'duplicate_id', path: ['units', 1, 'id'], message: 'twice' },
      ],
      'catalog',
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CredstackError');
    expect(error.message).toBe('invalid catalog at units[0].provider: no such provider (and 1 more)');
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(error.issues).toHaveLength(2);
  });
});
