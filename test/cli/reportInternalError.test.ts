import { describe, expect, it } from 'vitest';
import { reportInternalError } from '../../src/cli/reportInternalError.js';
import { memoryIo } from './memoryIo.js';

describe('reportInternalError', () => {
  it('prints the message and a request to report it, no stack trace, exit 70', () => {
    const io = memoryIo();
    expect(reportInternalError(new Error('boom\nmore'), io, false)).toBe(70);
    const err = io.stderrText();
    expect(err).toMatch(/^credstack: internal error: boom\n/);
    expect(err).toMatch(/report it/);
    expect(err).not.toMatch(/^\s+at /m);
  });

  it('prints the stack trace when debugging', () => {
    const io = memoryIo();
    reportInternalError(new Error('boom'), io, true);
    expect(io.stderrText()).toMatch(/^\s+at /m);
  });

  it('copes with a thrown value that cannot be turned into text', () => {
    const io = memoryIo();
    expect(reportInternalError(Object.create(null), io, false)).toBe(70);
    expect(io.stderrText()).toMatch(/internal error: /);
  });
});
